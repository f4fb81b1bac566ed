package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rules.invokemodel.InvokeModelRule;
import dev.claudemigrate.engine.rules.sampling.SamplingRule;
import dev.claudemigrate.engine.rules.stopreason.StopReasonRule;
import dev.claudemigrate.engine.rules.thinkingbudget.ThinkingBudgetRule;
import dev.claudemigrate.engine.source.Context;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The syntax-based report rules read the Python code cells of notebooks and report raw lines. */
class NotebookCodeTest {
  private static final String NOTEBOOK =
      """
      {
       "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["Call `client.invoke_model` with top_p and temperature\\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": [
          "body = {\\n",
          "    \\"anthropic_version\\": \\"bedrock-2023-05-31\\",\\n",
          "    \\"max_tokens\\": 1024,\\n",
          "    \\"temperature\\": 0.7,\\n",
          "    \\"top_p\\": 0.95,\\n",
          "    \\"thinking\\": {\\"type\\": \\"enabled\\", \\"budget_tokens\\": 100},\\n",
          "}\\n",
          "resp = client.invoke_model(modelId=MODEL, body=json.dumps(body))\\n",
          "if resp[\\"stop_reason\\"] == \\"end_turn\\":\\n",
          "    print(1)\\n",
          "elif resp[\\"stop_reason\\"] == \\"tool_use\\":\\n",
          "    print(2)"
         ]}
       ],
       "metadata": {}, "nbformat": 4, "nbformat_minor": 5
      }
      """;

  @Test
  void samplingOnRawLine() {
    Finding f =
        new ReportTester(new SamplingRule()).one("n.ipynb", NOTEBOOK, 10, "'top_p'", "line 9");
    assertEquals("\\\"top_p\\\"", f.matched());
    assertEquals(Context.STRING_LITERAL, f.context());
  }

  @Test
  void invokeModelOnRawLine() {
    Finding f =
        new ReportTester(new InvokeModelRule()).one("n.ipynb", NOTEBOOK, 13, "invoke_model sends");
    assertEquals("invoke_model", f.matched());
    assertEquals(Context.CODE, f.context());
  }

  @Test
  void stopReasonAndThinkingOnRawLines() {
    new ReportTester(new StopReasonRule()).at("n.ipynb", NOTEBOOK, List.of(14, 16), "refusal");
    new ReportTester(new ThinkingBudgetRule())
        .one(
            "n.ipynb",
            NOTEBOOK,
            11,
            "budget_tokens 100 is below the minimum",
            "temperature is set (0.7)");
  }

  @Test
  void markdownCellsAndBrokenNotebooksFindNothing() {
    String md =
        """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["temperature=1, top_p=1 with claude"]}],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """;
    new ReportTester(new SamplingRule()).none("n.ipynb", md);
    new ReportTester(new SamplingRule()).none("n.ipynb", "{\"cells\": [");
  }
}
