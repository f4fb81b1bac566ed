package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.MigrationResult;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextReportTest {
  private static String text(MigrationResult r, int width) {
    return new TextReport(false, width).render(r, BigResult.rules());
  }

  /** Lines wider than {@code width} that are not made so by a path no line can hold. */
  private static List<String> tooWide(String report, int width) {
    return report
        .lines()
        .filter(l -> l.length() > width && !l.contains(BigResult.LONG_PATH))
        .toList();
  }

  @Test
  void bigResultMatchesGoldenFile() throws IOException {
    Golden.assertMatches("big.txt", text(BigResult.of(4, 30, false), 80));
  }

  @ParameterizedTest
  @CsvSource({"false", "true"})
  void thousandFindingsInTenFilesFitEightyColumnsExceptALongPath(boolean distinct) {
    MigrationResult r = BigResult.of(10, 100, distinct);
    assertEquals(1000, r.findings().size());
    String report = text(r, 80);
    assertEquals(List.of(), tooWide(report, 80));
    assertTrue(report.lines().anyMatch(l -> l.length() > 80), "the long path stays whole");
  }

  @Test
  void wrapsToTheWidthItIsGiven() {
    String report = text(BigResult.of(10, 100, true), 120);
    assertEquals(List.of(), tooWide(report, 120));
    assertTrue(report.lines().anyMatch(l -> l.length() > 80 && l.length() <= 120), report);
  }

  @Test
  void longAdviceAndRuleExplanationArePrintedOncePerRule() {
    MigrationResult r = BigResult.of(10, 100, true);
    String report = text(r, 80);
    String flat = report.replaceAll("\n +", " ");
    assertEquals(1, count(flat, Pattern.quote(BigResult.CONVERSE_ADVICE)), report);
    assertEquals(1, count(flat, "InvokeModel takes a body in the Anthropic Messages format"));
    assertEquals(1, count(flat, "About these rules:"));
    // Each invoke-model finding refers to the advice by its number instead.
    long calls = r.findings().stream().filter(f -> f.ruleId().equals("invoke-model")).count();
    assertTrue(calls > 100, "calls " + calls);
    assertEquals(
        calls,
        count(report, "fix: Call client\\.converse\\(\\.\\.\\.\\) instead:.* \\.\\.\\. \\[1\\]"));
  }

  @Test
  void manyFindingsOfOneKindInAFileAreOneLineWithCountAndLines() {
    String report = text(BigResult.of(2, 100, false), 80);
    String flat = report.replaceAll("\n {6}", " ");
    assertTrue(
        flat.contains(
            "src/m0.py:1:46: info [invoke-model] invoke_model sends an Anthropic Messages body;"
                + " the Converse API takes the same request in a model-independent form - 20"
                + " times, lines 1, 6, 11, 16, 21 and 15 more"),
        report);
    assertEquals(10, count(report, "times, lines"), "per file one line per kind: 4 models, 1 call");
  }

  @Test
  void findingsInDataRecordsCollapseWhateverTheirMessages() {
    String report = text(BigResult.of(5, 30, true), 80);
    String flat = report.replaceAll("\n {6}", " ");
    Matcher m =
        Pattern.compile(
                "data/corpus-3\\.jsonl:1:\\d+: info \\[model-id\\] \\[data\\] Claude model"
                    + " \\S+ is replaced by Claude Sonnet 4 on Bedrock \\(call 0\\) \\(and 29"
                    + " others\\) - 30 times, lines 1, 2, 3, 4, 5 and 25 more")
            .matcher(flat);
    assertTrue(m.find(), report);
  }

  @Test
  void narrowTerminalsAreTreatedAsForty() {
    MigrationResult r = BigResult.of(2, 10, false);
    assertEquals(text(r, Wrap.MIN_WIDTH), text(r, 10));
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
