package dev.claudemigrate.eval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudemigrate.eval.AssertionResult;
import dev.claudemigrate.eval.CaseResult;
import dev.claudemigrate.eval.Dataset;
import dev.claudemigrate.eval.DatasetLoader;
import dev.claudemigrate.eval.EvalReport;
import dev.claudemigrate.eval.ResultKey;
import dev.claudemigrate.eval.RunPlan;
import dev.claudemigrate.eval.Side;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The four report formats rendered from one small report with a regression, an improvement and an
 * error.
 */
class ReportsTest {
  static final String B = "us.anthropic.claude-3-5-sonnet-20241022-v2:0";
  static final String C = "us.anthropic.claude-sonnet-4-20250514-v1:0";

  @TempDir Path dir;
  EvalReport report;

  @BeforeEach
  void build() throws Exception {
    Path file = dir.resolve("d.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"id\": \"pass-both\", \"prompt\": \"a\"}",
            "{\"id\": \"improves\", \"prompt\": \"b <i>&\"}",
            "{\"id\": \"regresses\", \"description\": \"JSON | pipes\", \"prompt\": \"c\"}",
            "{\"id\": \"errors\", \"prompt\": \"d\"}",
            "{\"id\": \"bad\"}"),
        StandardCharsets.UTF_8);
    Dataset data = DatasetLoader.load(file);
    Map<ResultKey, CaseResult> results = new HashMap<>();
    put(results, "pass-both", true, true);
    put(results, "improves", false, true);
    put(results, "regresses", true, false);
    results.put(
        new ResultKey("errors", Side.BASELINE, B, 1), result("errors", Side.BASELINE, true, null));
    results.put(
        new ResultKey("errors", Side.CANDIDATE, C, 1),
        result("errors", Side.CANDIDATE, false, "throttled: slow down"));
    report =
        EvalReport.build("d.jsonl", new RunPlan(B, C, null, null, 1), null, data, results::get);
  }

  private static void put(Map<ResultKey, CaseResult> m, String id, boolean base, boolean cand) {
    m.put(new ResultKey(id, Side.BASELINE, B, 1), result(id, Side.BASELINE, base, null));
    m.put(new ResultKey(id, Side.CANDIDATE, C, 1), result(id, Side.CANDIDATE, cand, null));
  }

  private static CaseResult result(String id, Side side, boolean pass, String error) {
    List<AssertionResult> checks =
        error != null
            ? List.of()
            : List.of(
                new AssertionResult(
                    "contains \"x\"", pass, pass ? "" : "answer does not contain it <b>"));
    return new CaseResult(
        id,
        side,
        side == Side.BASELINE ? B : C,
        1,
        "fp",
        error != null ? "" : "answer to " + id + " | with <tags>",
        List.of(),
        error != null ? null : "end_turn",
        100,
        20,
        0,
        side == Side.BASELINE ? 1000 : 1400,
        error != null ? null : new BigDecimal("0.0006"),
        false,
        false,
        error,
        checks,
        pass && error == null);
  }

  @Test
  void markdownPutsRegressionsFirstAndKeepsTablesIntact() {
    String md = MarkdownReport.render(report);
    assertTrue(md.indexOf("### Regressions (1)") < md.indexOf("### Improvements (1)"));
    assertTrue(md.indexOf("### Improvements (1)") < md.indexOf("### Errors (1)"));
    assertTrue(
        md.contains("answer to regresses \\| with &lt;tags&gt;"),
        "pipes and tags are escaped in cells");
    assertTrue(md.contains("| pass rate | 75.0% | 50.0% | -25.0 pp |"), md);
    assertTrue(md.contains("### Dataset errors (1)"));
    assertTrue(md.startsWith("## migrate eval: `" + B + "` → `" + C + "`"));
  }

  @Test
  void jsonCarriesTheFormatTagAndEveryCase() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));
    assertEquals(JsonReport.FORMAT, json.get("format").asText());
    assertEquals(1, json.get("regressions").asInt());
    assertEquals("regression", json.at("/report/cases/0/outcome").asText());
    assertEquals(4, json.at("/report/cases").size());
    assertEquals(
        5, json.at("/report/datasetErrors/0/line").asInt(), "the unreadable case is on line 5");
  }

  @Test
  void junitHasOneTestcasePerCaseAndModelWithFailuresAndErrors() throws Exception {
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    JunitReport.render(report).getBytes(StandardCharsets.UTF_8)));
    NodeList suites = doc.getElementsByTagName("testsuite");
    assertEquals(2, suites.getLength());
    Element candidate = (Element) suites.item(1);
    assertEquals("candidate: " + C, candidate.getAttribute("name"));
    assertEquals("4", candidate.getAttribute("tests"));
    assertEquals("1", candidate.getAttribute("failures"));
    assertEquals("1", candidate.getAttribute("errors"));
    assertEquals(8, doc.getElementsByTagName("testcase").getLength());
    Element failure = (Element) candidate.getElementsByTagName("failure").item(0);
    assertTrue(
        failure.getAttribute("message").startsWith("regression: fail: contains \"x\""),
        failure.getAttribute("message"));
  }

  @Test
  void htmlIsSelfContainedWithChartsAndEscapedText() {
    String html = HtmlReport.render(report);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertEquals(2, html.split("<svg ", -1).length - 1, "a latency chart and a cost chart");
    assertFalse(html.contains("<script"), "no script");
    assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "nothing fetched from the network");
    assertFalse(html.contains("<tags>"), "answers are escaped");
    assertTrue(html.contains("answer to regresses | with &lt;tags&gt;"));
    assertTrue(html.indexOf("id=\"case-regresses\"") < html.indexOf("id=\"case-improves\""));
    assertTrue(
        html.contains("<details class=\"case\" open id=\"case-regresses\">"),
        "regressions are open");
  }

  @Test
  void everyFormatIsWrittenToItsFile() throws Exception {
    for (ReportFormat f : ReportFormat.values()) {
      Path written = f.write(report, dir.resolve("out"));
      assertEquals(f.render(report), Files.readString(written, StandardCharsets.UTF_8));
    }
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(
          List.of("junit.xml", "report.html", "report.json", "report.md"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "four reports and no temporary file");
    }
  }

  @Test
  void writeAllWritesTheChosenFormatsSideBySideAndListsThemInTheOrderAsked() throws Exception {
    List<ReportFormat> asked = List.of(ReportFormat.HTML, ReportFormat.MARKDOWN, ReportFormat.JSON);
    List<Path> written = ReportFormat.writeAll(asked, report, dir.resolve("all"));
    assertEquals(
        List.of("report.html", "report.md", "report.json"),
        written.stream().map(p -> p.getFileName().toString()).toList());
    for (int i = 0; i < asked.size(); i++) {
      assertEquals(
          asked.get(i).render(report), Files.readString(written.get(i), StandardCharsets.UTF_8));
    }
    assertFalse(Files.exists(dir.resolve("all/junit.xml")), "only the formats asked for");
  }

  @Test
  void writeAllReportsAFolderItCannotWriteTo() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("taken"), "a file, not a folder");
    assertThrows(
        IOException.class,
        () -> ReportFormat.writeAll(List.of(ReportFormat.values()), report, notAFolder));
  }

  @Test
  void markdownShowsAtMostFifteenCasesInFullPerSectionToFitAComment() throws Exception {
    StringBuilder lines = new StringBuilder();
    Map<ResultKey, CaseResult> results = new HashMap<>();
    for (int i = 1; i <= 18; i++) {
      lines.append("{\"id\": \"r").append(i).append("\", \"prompt\": \"p\"}\n");
      put(results, "r" + i, true, false);
    }
    Path file = dir.resolve("many.jsonl");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    EvalReport many =
        EvalReport.build(
            "many.jsonl",
            new RunPlan(B, C, null, null, 1),
            null,
            DatasetLoader.load(file),
            results::get);
    String md = MarkdownReport.render(many);
    assertEquals(15, md.split("#### `", -1).length - 1);
    assertTrue(md.contains("…and 3 more (see the HTML or JSON report): `r16`, `r17`, `r18`"), md);
  }

  @Test
  void chartAxesEndOnRoundNumbersWithRoundQuarters() {
    assertEquals(3000, SvgChart.niceCeiling(2380 * 1.12), 1e-9);
    assertEquals(0.03, SvgChart.niceCeiling(0.0231 * 1.12), 1e-12);
    assertEquals(1, SvgChart.niceCeiling(0));
    assertEquals(120, SvgChart.niceCeiling(101), 1e-9);
  }
}
