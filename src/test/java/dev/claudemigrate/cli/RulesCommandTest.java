package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate rules}: every rule, in text and JSON, with a documentation link that exists. */
class RulesCommandTest {
  @TempDir Path dir;

  private static List<RuleInfo> rules() {
    return BuiltinRules.all().stream().map(Rule::info).toList();
  }

  @Test
  void textListsEveryRuleWithSeverityFixableAndDocsLink() {
    CliRun run = CliRun.run(dir, Map.of(), "rules");
    assertEquals(0, run.code(), run.err());
    for (RuleInfo r : rules()) {
      assertTrue(
          run.out()
              .matches(
                  "(?s).*\\n"
                      + r.id()
                      + " +"
                      + r.severity().id()
                      + " +"
                      + (r.fixable() ? "yes" : "no")
                      + " .*"),
          r.id() + "\n" + run.out());
      assertTrue(run.out().contains(r.docsUrl()), r.id());
    }
    run.out()
        .lines()
        .filter(l -> !l.strip().startsWith("https://"))
        .forEach(
            l -> {
              assertTrue(l.length() <= 80, "wider than 80: " + l);
            });
  }

  @Test
  void jsonHasEveryRuleAndTheLinksPointIntoThisRepositorysDocs() throws Exception {
    CliRun run = CliRun.run(dir, Map.of(), "rules", "--format", "json");
    assertEquals(0, run.code(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertEquals("1.0", doc.get("schemaVersion").asText());
    assertEquals(rules().size(), doc.get("rules").size());
    String base = RuleDocs.repository() + "/blob/main/";
    for (JsonNode r : doc.get("rules")) {
      String url = r.get("docsUrl").asText();
      assertTrue(url.startsWith(base), url);
      // The link is real: the page it names is in this repository.
      assertTrue(Files.isRegularFile(Path.of(url.substring(base.length()))), url);
      assertTrue(r.has("severity") && r.has("fixable") && r.has("category"), r.toString());
    }
  }

  @Test
  void outputFileEndsWithOneLineSayingWhatWasWrittenWhere() throws Exception {
    CliRun run = CliRun.run(dir, Map.of(), "rules", "--format", "json", "-o", "rules.json");
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals("migrate: wrote the rule list (json) to rules.json\n", run.err());
    assertTrue(Files.readString(dir.resolve("rules.json")).contains("\"model-id\""));
  }
}
