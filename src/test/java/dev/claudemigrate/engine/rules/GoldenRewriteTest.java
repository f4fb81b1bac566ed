package dev.claudemigrate.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.SourceFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole files under every built-in rule at once: the edits of all rules together, then idempotence.
 */
class GoldenRewriteTest {
  private static final String DIR = "/dev/claudemigrate/engine/rules/golden/";

  private static String resource(String name) throws IOException {
    try (InputStream in = GoldenRewriteTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Finding> allRules(String path, String text) {
    RuleContext ctx =
        new RuleContext(
            RewriteTester.CATALOG,
            RewriteTester.CATALOG.target("sonnet-4").orElseThrow(),
            MigrationSettings.defaults(),
            Optional.empty());
    List<Finding> out = new ArrayList<>();
    for (Rule r : BuiltinRules.all()) {
      out.addAll(r.check(SourceFiles.fromText(path, text), ctx));
    }
    return out;
  }

  /** Every {@code NAME.before} in the golden folder, which must have its {@code NAME.after}. */
  static List<String> pairs() throws IOException, URISyntaxException {
    Path dir = Path.of(GoldenRewriteTest.class.getResource(DIR).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".before"))
              .map(n -> n.substring(0, n.length() - ".before".length()))
              .sorted()
              .toList();
      assertFalse(names.isEmpty(), "no golden pairs in " + dir);
      for (String n : names) {
        assertTrue(Files.exists(dir.resolve(n + ".after")), n + ".before has no .after");
      }
      return names;
    }
  }

  /**
   * Each pair runs in a project whose manifests pin SDK releases that declare the target tool
   * versions' types, so the SDK type names are renamed, as in a project kept up to date.
   */
  @ParameterizedTest
  @MethodSource("pairs")
  void everyRuleTogether(String name, @TempDir Path project) throws IOException {
    Files.writeString(
        project.resolve("package.json"),
        "{\"dependencies\": {\"@anthropic-ai/sdk\": \"^0.71.0\"}}\n");
    Files.writeString(project.resolve("requirements.txt"), "anthropic==0.75.0\n");
    String path = project.resolve(name).toString();
    String before = resource(name + ".before");
    String after = RewriteTester.apply(before, allRules(path, before));
    assertEquals(resource(name + ".after"), after);
    List<Finding> again = allRules(path, after);
    assertTrue(again.stream().noneMatch(Finding::fixable), "fixable after apply: " + again);
  }
}
