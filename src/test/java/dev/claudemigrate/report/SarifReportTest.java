package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.ScanStats;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.source.SourceFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SARIF structure as GitHub code scanning needs it, and agreement with the JSON report. */
class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Reports reports = new Reports(ReportsGoldenTest.TOOL, false);

  private JsonNode render(ReportFormat format, MigrationResult r) throws IOException {
    return MAPPER.readTree(reports.render(format, r, SampleResult.rules()));
  }

  @Test
  void hasOneRunWithDriverRulesThatEveryResultPointsAt() throws IOException {
    JsonNode sarif = render(ReportFormat.SARIF, SampleResult.result());
    assertEquals("2.1.0", sarif.get("version").asText());
    assertTrue(sarif.get("$schema").asText().endsWith("sarif-2.1.0.json"));
    assertEquals(1, sarif.get("runs").size());
    JsonNode run = sarif.get("runs").get(0);
    JsonNode driver = run.at("/tool/driver");
    assertEquals("claude-migrate", driver.get("name").asText());
    JsonNode rules = driver.get("rules");
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : rules) {
      assertTrue(ids.add(rule.get("id").asText()), "rule ids unique");
      for (String p :
          List.of(
              "/name",
              "/shortDescription/text",
              "/fullDescription/text",
              "/help/text",
              "/help/markdown",
              "/defaultConfiguration/level",
              "/properties/tags/0")) {
        assertFalse(rule.at(p).isMissingNode(), rule.get("id") + " lacks " + p);
      }
    }
    for (JsonNode result : run.get("results")) {
      assertEquals(result.get("ruleId"), rules.get(result.get("ruleIndex").asInt()).get("id"));
      assertTrue(Set.of("error", "warning", "note").contains(result.get("level").asText()));
      assertFalse(result.at("/message/text").asText().isBlank());
    }
  }

  @Test
  void locationsAreRelativeToSrcRootWithOneBasedRegions() throws IOException {
    JsonNode run = render(ReportFormat.SARIF, SampleResult.result()).get("runs").get(0);
    for (JsonNode result : run.get("results")) {
      JsonNode loc = result.at("/locations/0/physicalLocation");
      URI uri = URI.create(loc.at("/artifactLocation/uri").asText());
      assertFalse(uri.isAbsolute() || uri.getPath().startsWith("/"), uri.toString());
      assertEquals("%SRCROOT%", loc.at("/artifactLocation/uriBaseId").asText());
      JsonNode region = loc.get("region");
      assertTrue(region.get("startLine").asInt() >= 1 && region.get("startColumn").asInt() >= 1);
      assertTrue(region.get("endLine").asInt() >= region.get("startLine").asInt());
    }
  }

  @Test
  void fingerprintsAreUniqueAndSurviveLinesAddedAbove() throws IOException {
    JsonNode before = render(ReportFormat.SARIF, SampleResult.result()).at("/runs/0/results");
    Set<String> prints = new HashSet<>();
    before.forEach(
        r -> assertTrue(prints.add(r.at("/partialFingerprints/claudeMigrate~1v1").asText())));
    assertEquals(before.size(), prints.size());

    FileReport shifted = shiftedPythonFile();
    JsonNode after = render(ReportFormat.SARIF, withOnly(shifted)).at("/runs/0/results");
    Set<String> printsAfter = new HashSet<>();
    after.forEach(r -> printsAfter.add(r.at("/partialFingerprints/claudeMigrate~1v1").asText()));
    assertTrue(
        prints.containsAll(printsAfter), "same findings two lines lower keep their fingerprints");
    assertEquals(
        5,
        after.get(0).at("/locations/0/physicalLocation/region/startLine").asInt(),
        "moved from line 3");
  }

  @Test
  void unreadableFilesBecomeNotificationsAndAnUnsuccessfulInvocation() throws IOException {
    JsonNode inv = render(ReportFormat.SARIF, SampleResult.result()).at("/runs/0/invocations/0");
    assertFalse(inv.get("executionSuccessful").asBoolean());
    JsonNode note = inv.get("toolExecutionNotifications").get(0);
    assertEquals("error", note.get("level").asText());
    assertEquals(
        "data/broken.json", note.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertTrue(
        render(ReportFormat.SARIF, SampleResult.empty())
            .at("/runs/0/invocations/0/executionSuccessful")
            .asBoolean());
  }

  @Test
  void jsonAndSarifAgreeOnFindingsLocationsAndEdits() throws IOException {
    JsonNode findings = render(ReportFormat.JSON, SampleResult.result()).get("findings");
    JsonNode results = render(ReportFormat.SARIF, SampleResult.result()).at("/runs/0/results");
    assertEquals(findings.size(), results.size());
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      JsonNode r = results.get(i);
      JsonNode loc = r.at("/locations/0/physicalLocation");
      assertEquals(f.get("ruleId"), r.get("ruleId"));
      assertEquals(
          SarifRules.level(Severity.parse(f.get("severity").asText())), r.get("level").asText());
      assertEquals(
          f.get("path").asText(), URI.create(loc.at("/artifactLocation/uri").asText()).getPath());
      assertEquals(f.get("line"), loc.at("/region/startLine"));
      assertEquals(f.get("column"), loc.at("/region/startColumn"));
      assertEquals(f.get("endLine"), loc.at("/region/endLine"));
      assertEquals(f.get("endColumn"), loc.at("/region/endColumn"));
      assertEquals(f.get("matched"), loc.at("/region/snippet/text"));
      assertEdits(f.get("edits"), r);
    }
  }

  private static void assertEdits(JsonNode edits, JsonNode result) {
    JsonNode reps = result.at("/fixes/0/artifactChanges/0/replacements");
    assertEquals(edits.size(), reps.isMissingNode() ? 0 : reps.size());
    for (int j = 0; j < edits.size(); j++) {
      JsonNode e = edits.get(j);
      JsonNode d = reps.get(j).get("deletedRegion");
      assertEquals(e.get("line"), d.get("startLine"));
      assertEquals(e.get("column"), d.get("startColumn"));
      assertEquals(e.get("endLine"), d.get("endLine"));
      assertEquals(e.get("endColumn"), d.get("endColumn"));
      assertEquals(e.get("replacement"), reps.get(j).at("/insertedContent/text"));
    }
  }

  @Test
  void findingOfARuleMissingFromTheListGetsADescriptor() throws IOException {
    FileReport file = SampleResult.pythonFile();
    Finding f = file.findings().get(0);
    Finding odd =
        new Finding(
            "custom-rule",
            f.severity(),
            f.path(),
            f.span(),
            f.matched(),
            "m",
            null,
            f.context(),
            false,
            List.of());
    JsonNode run =
        render(ReportFormat.SARIF, withOnly(new FileReport(file.source(), List.of(odd))))
            .at("/runs/0");
    int index = run.at("/results/0/ruleIndex").asInt();
    assertEquals("custom-rule", run.at("/tool/driver/rules/" + index + "/id").asText());
  }

  private static FileReport shiftedPythonFile() {
    FileReport original = SampleResult.pythonFile();
    String text = "# header\n# more\n" + original.source().text();
    var src = SourceFiles.fromText(original.path(), text);
    List<Finding> moved =
        original.findings().stream()
            .map(
                f ->
                    Findings.at(
                        ruleOf(f),
                        f.severity(),
                        src,
                        f.span().start() + 16,
                        f.span().end() + 16,
                        f.message(),
                        f.fix(),
                        List.of()))
            .toList();
    return new FileReport(src, moved);
  }

  private static RuleInfo ruleOf(Finding f) {
    return SampleResult.rules().stream()
        .filter(r -> r.id().equals(f.ruleId()))
        .findFirst()
        .orElseThrow();
  }

  private static MigrationResult withOnly(FileReport file) {
    return new MigrationResult(
        Path.of("/work/project"),
        "sonnet-4",
        List.of(file),
        List.of(),
        List.of(),
        List.of(),
        new ScanStats(1, 1, 1, 1, 1));
  }
}
