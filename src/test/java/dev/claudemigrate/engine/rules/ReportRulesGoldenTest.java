package dev.claudemigrate.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ExpectMarkers;
import dev.claudemigrate.engine.rule.ReportTester;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rules.invokemodel.InvokeModelRule;
import dev.claudemigrate.engine.rules.sampling.SamplingRule;
import dev.claudemigrate.engine.rules.stopreason.StopReasonRule;
import dev.claudemigrate.engine.rules.thinkingbudget.ThinkingBudgetRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Whole files with findings and traps for the four report rules, checked against the {@code //
 * expect: RULE FRAGMENT} markers on their lines ({@link ExpectMarkers}): every expected finding
 * appears with its message, and nothing else does.
 */
class ReportRulesGoldenTest {
  private static final List<String> FILES =
      List.of(
          "support_bot.py",
          "ReviewClient.java",
          "router.ts",
          "worker.go",
          "Triage.kt",
          "agents.yaml");
  private static final List<Rule> RULES =
      List.of(
          new InvokeModelRule(),
          new StopReasonRule(),
          new SamplingRule(),
          new ThinkingBudgetRule());

  @Test
  void findingsMatchTheManifest() throws IOException {
    Map<String, String> actual = new TreeMap<>();
    for (String name : FILES) {
      String text = read(name);
      for (Rule rule : RULES) {
        // As the scanner does: a rule runs only on files holding one of its triggers.
        if (rule.triggers(ReportTester.context()).stream().noneMatch(text::contains)) {
          continue;
        }
        for (Finding f : new ReportTester(rule).findings(name, text)) {
          actual.put(name + "\t" + f.span().line() + "\t" + f.ruleId(), f.message());
        }
      }
    }
    Map<String, String> expected = new TreeMap<>();
    for (String name : FILES) {
      for (ExpectMarkers.Expect e : ExpectMarkers.of(read(name))) {
        expected.put(name + "\t" + e.line() + "\t" + e.ruleId(), e.fragment());
      }
    }
    assertEquals(26, expected.size(), "the fixtures' expect markers: " + expected.keySet());
    assertEquals(String.join("\n", expected.keySet()), String.join("\n", actual.keySet()));
    expected.forEach(
        (where, fragment) ->
            assertTrue(
                actual.get(where).contains(fragment),
                () -> where + ": '" + actual.get(where) + "' lacks '" + fragment + "'"));
  }

  private static String read(String name) throws IOException {
    try (InputStream in =
        ReportRulesGoldenTest.class.getResourceAsStream("/report-rules/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource report-rules/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
