package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  @Test
  void findingListIsCappedWithACountOfTheRest() {
    String md = new MarkdownReport(2).render(SampleResult.result());
    assertEquals(2, md.lines().filter(l -> l.startsWith("- [")).count(), md);
    assertTrue(md.contains("... and 4 more; run `migrate scan` for the full list."), md);
    assertTrue(
        md.contains("| **Total** | 3 | 1 | 2 | 4 | 6 |"), "the table still counts everything");
  }

  @Test
  void textFromFilesCannotInjectMarkdownOrHtml() {
    assertEquals(
        "a \\| b &lt;img src=x&gt; \\*\\*c\\*\\* \\[d\\](e)",
        MarkdownReport.escape("a | b <img src=x> **c** [d](e)"));
    assertEquals("a'b", MarkdownReport.code("a`b"));
  }
}
