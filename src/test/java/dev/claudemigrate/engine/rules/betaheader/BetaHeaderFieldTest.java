package dev.claudemigrate.engine.rules.betaheader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.source.Context;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field classes for beta values: a curl header in a shell script (read now), a type that enumerates
 * every beta a library supports (not a request), and beta values quoted in a data set.
 */
class BetaHeaderFieldTest {
  private final RewriteTester t = new RewriteTester(new BetaHeaderRule());
  private final String computerUse =
      t.context()
          .catalog()
          .targetTool(t.context().target(), ToolFamily.COMPUTER)
          .orElseThrow()
          .beta();

  @Test
  void curlHeaderAndBodyInAShellScriptAreRewritten() {
    String before =
        """
        curl https://api.anthropic.com/v1/messages \\
          -H 'anthropic-beta: computer-use-2024-10-22' \\
          -d '{"tools": [{"type": "computer_20241022", "name": "computer"}]}'
        """;
    String after =
        before
            .replace("computer-use-2024-10-22", computerUse)
            .replace("computer_20241022", "computer_20250124");
    List<Finding> f = t.rewrites("scripts/computer.sh", before, after);
    assertEquals(2, f.size());
  }

  @Test
  void aPythonLiteralTypeOfEveryBetaIsNotARequest() {
    t.ignores(
        "types/beta.py",
        """
        AnthropicBeta = Literal[
            "computer-use-2024-10-22",
            "computer-use-2025-01-24",
            "token-efficient-tools-2025-02-19",
            "output-128k-2025-02-19",
        ]
        """);
  }

  /** Holdout13 under the project-wide view: a Swift SDK's enum of every beta a caller may send. */
  @Test
  void anEnumOfEveryBetaIsNotARequest() {
    t.ignores(
        "Sources/SDK/BetaHeader.swift",
        """
        public enum AnthropicBeta: String {
            /// Message batches
            case messageBatches = "message-batches-2024-09-24"
            /// Computer use
            case computerUse = "computer-use-2024-10-22"
            /// Prompt caching
            case promptCaching = "prompt-caching-2024-07-31"
        }
        """);
  }

  /** Before and after alike: an enum holding only the betas the program sends is its setting. */
  @Test
  void anEnumOfTheBetaTheProgramSendsIsStillRewritten() {
    String before =
        """
        class Beta(StrEnum):
            COMPUTER = "computer-use-2024-10-22"

        TOOLS = [{"type": "computer_20241022", "name": "computer"}]
        """;
    List<Finding> f = t.findings("agent/betas.py", before);
    assertTrue(
        f.stream().anyMatch(x -> x.ruleId().equals("beta-header") && x.fixable()), f.toString());
  }

  @Test
  void aTypeScriptUnionOfEveryBetaIsNotARequest() {
    t.ignores(
        "src/betas.ts",
        """
        export type AnthropicBeta =
          | "computer-use-2024-10-22"
          | "token-efficient-tools-2025-02-19"
          | "output-128k-2025-02-19";
        """);
  }

  @Test
  void aRequestBesideTheTypeIsStillRewritten() {
    String before =
        """
        Beta = Literal["output-128k-2025-02-19", "interleaved-thinking-2025-05-14"]
        resp = client.beta.messages.create(betas=["interleaved-thinking-2025-05-14", "output-128k-2025-02-19"])
        """;
    String after =
        before.replace(
            "betas=[\"interleaved-thinking-2025-05-14\", \"output-128k-2025-02-19\"]",
            "betas=[\"interleaved-thinking-2025-05-14\"]");
    assertEquals(1, t.rewrites("client.py", before, after).size());
  }

  @Test
  void betaValuesInADataSetAreReportedNotRewritten() {
    List<Finding> f =
        t.reportsOnly(
            "corpus/docs.jsonl",
            "{\"text\": \"Send anthropic-beta: computer-use-2024-10-22 with the computer tool.\"}\n",
            1);
    assertEquals(Context.DATA, f.get(0).context());
    assertTrue(f.get(0).fix().contains("never rewritten"), f.get(0).fix());
  }
}
