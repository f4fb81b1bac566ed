package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.MigrationResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownReportTest {
  private static final Pattern SHOWN =
      Pattern.compile("<summary>Findings, most severe first \\((\\d+) of (\\d+)\\)</summary>");
  private static final Pattern LEFT = Pattern.compile("\\.\\.\\. and (\\d+) more \\(");

  private static String md(MigrationResult r, int budget, SourceLinks links) {
    return new MarkdownReport(budget, links).render(r, BigResult.rules());
  }

  @Test
  void findingsBeyondTheBudgetAreCountedWithAPointerToTheFullReport() {
    String full = md(SampleResult.result(), MarkdownReport.BUDGET, SourceLinks.relative());
    String md = md(SampleResult.result(), full.length() - 200, SourceLinks.relative());
    assertTrue(md.length() <= full.length() - 200, md);
    Matcher shown = SHOWN.matcher(md);
    Matcher left = LEFT.matcher(md);
    assertTrue(shown.find() && left.find(), md);
    assertEquals(6, Integer.parseInt(shown.group(1)) + Integer.parseInt(left.group(1)));
    assertTrue(md.contains("`migrate scan --format sarif -o migrate.sarif`"), md);
    assertTrue(
        md.contains("| **Total** | 3 | 1 | 2 | 4 | 6 |"), "the table still counts everything");
  }

  @ParameterizedTest
  @CsvSource({
    "https://github.com/octo/shop/blob/0123abc, ''",
    "https://gitlab.example.com/group/shop/-/blob/0123abc, services/api",
    "'', ''"
  })
  void thousandFindingsStayUnderTheBudgetWithLinksToTheCommit(String base, String prefix) {
    SourceLinks links = new SourceLinks(base, prefix);
    String md = md(BigResult.of(10, 100, true), MarkdownReport.BUDGET, links);
    assertTrue(md.length() < 60_000, "length " + md.length());
    Matcher shown = SHOWN.matcher(md);
    Matcher left = LEFT.matcher(md);
    assertTrue(shown.find() && left.find(), md);
    assertEquals(1000, Integer.parseInt(shown.group(1)) + Integer.parseInt(left.group(1)));
    assertTrue(Integer.parseInt(shown.group(1)) > 100, "the budget is used, not a fixed cap");
    String inRepo = prefix.isEmpty() ? "" : prefix + "/";
    String expected = (base.isEmpty() ? "" : base + "/") + inRepo + "src/m0.py#L2)";
    assertTrue(md.contains("[src/m0.py:2](" + expected), md.substring(0, 3000));
  }

  @Test
  void mostSevereFindingsComeFirst() {
    String md = md(BigResult.of(10, 100, true), MarkdownReport.BUDGET, SourceLinks.relative());
    List<String> items = md.lines().filter(l -> l.startsWith("- [")).toList();
    int lastError = 0;
    int firstInfo = items.size();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).contains("**error**")) {
        lastError = i;
      } else if (firstInfo == items.size()) {
        firstInfo = i;
      }
    }
    assertTrue(lastError < firstInfo, "errors before everything else");
  }

  @Test
  void ruleNamesLinkToTheirDocumentation() {
    String md = md(BigResult.of(1, 10, false), MarkdownReport.BUDGET, SourceLinks.relative());
    assertTrue(md.contains("| [`invoke-model`](" + BigResult.INVOKE.docsUrl() + ") |"), md);
  }

  @Test
  void manyOfOneKindAreOneItemWithEachLineLinked() {
    String md =
        md(
            BigResult.of(2, 100, false),
            MarkdownReport.BUDGET,
            new SourceLinks("https://github.com/o/r/blob/abc", ""));
    assertTrue(
        md.contains(
            " - 20 times, lines [1](https://github.com/o/r/blob/abc/src/m0.py#L1),"
                + " [6](https://github.com/o/r/blob/abc/src/m0.py#L6),"),
        md);
  }

  @Test
  void textFromFilesCannotInjectMarkdownOrHtml() {
    assertEquals(
        "a \\| b &lt;img src=x&gt; \\*\\*c\\*\\* \\[d\\](e)",
        MarkdownReport.escape("a | b <img src=x> **c** [d](e)"));
    assertEquals("a'b", MarkdownReport.code("a`b"));
  }
}
