package dev.claudemigrate.engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectConfigLoaderTest {
  static final String FULL =
      """
      target: sonnet-4
      region: eu-west-1
      profilePrefix: eu
      textEditorVersion: "20250429"
      includeDocs: true
      include: ["*.py", "scripts/"]
      exclude: legacy/
      rules:
        model-id: true
        stop-reason: false
      severity:
        model-id: error
        beta-flag: info
      failOn: warning
      ignore:
        - path: tests/fixtures/
          rule: model-id
          reason: recorded responses
        - path: "*.md"
          rule: "*"
          reason: changelog lists old IDs on purpose
      """;

  @Test
  void readsEveryKey(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(".claude-migrate.yml"), FULL);
    ProjectConfig c = ProjectConfigLoader.forRoot(dir);
    assertEquals(Optional.of("sonnet-4"), c.target());
    assertEquals(Optional.of("eu-west-1"), c.region());
    assertEquals(Optional.of("eu"), c.profilePrefix());
    assertEquals(Optional.of("text_editor_20250429"), c.textEditorType());
    assertEquals(Optional.of(true), c.includeDocs());
    assertEquals(List.of("*.py", "scripts/"), c.include());
    assertEquals(List.of("legacy/"), c.exclude());
    assertEquals(Map.of("model-id", true, "stop-reason", false), c.rules());
    assertEquals(Map.of("model-id", Severity.ERROR, "beta-flag", Severity.INFO), c.severities());
    assertEquals(Optional.of("warning"), c.failOn());
    assertEquals(
        List.of(
            new Suppression(
                "tests/fixtures/", 0, "model-id", "recorded responses", ".claude-migrate.yml"),
            new Suppression(
                "*.md", 0, "*", "changelog lists old IDs on purpose", ".claude-migrate.yml")),
        c.ignore());
  }

  @Test
  void yamlExtensionEmptyFileAndNoFile(@TempDir Path dir) throws IOException {
    assertEquals(ProjectConfig.empty(), ProjectConfigLoader.forRoot(dir));
    Files.writeString(dir.resolve(".claude-migrate.yaml"), "# nothing yet\n");
    assertEquals(ProjectConfig.empty(), ProjectConfigLoader.forRoot(dir));
    Files.writeString(dir.resolve(".claude-migrate.yaml"), "target: sonnet-4.5\n");
    assertEquals(
        Optional.of("sonnet-4.5"), ProjectConfigLoader.forRoot(dir.resolve("x.py")).target());
  }

  @Test
  void toIsTheKeyTheCommandsNameAndTargetItsOlderName(@TempDir Path dir) throws IOException {
    Path f = dir.resolve(".claude-migrate.yml");
    Files.writeString(f, "to: sonnet-4.6\n");
    assertEquals(Optional.of("sonnet-4.6"), ProjectConfigLoader.forRoot(dir).target());
    Files.writeString(f, "to: sonnet-4.6\ntarget: sonnet-4\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ProjectConfigLoader.forRoot(dir));
    assertEquals(
        f + ": 'to' and 'target' are the same setting (the target); keep one", e.getMessage());
  }

  @Test
  void unknownKeyNamesTheFileAndTheKey(@TempDir Path dir) throws IOException {
    Path f = dir.resolve(".claude-migrate.yml");
    Files.writeString(f, "target: sonnet-4\nseverities:\n  model-id: error\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ProjectConfigLoader.load(f));
    assertEquals(
        f
            + ": unknown key 'severities' (known: "
            + String.join(", ", ProjectConfigLoader.KEYS)
            + ")",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "includeDocs: 'yes'|c.yml: 'includeDocs' must be true or false, not a string",
        "target: [a]|c.yml: 'target' must be a string, not a list",
        "include: {a: 1}|c.yml: 'include' must be a string or a list of strings, not a mapping",
        "rules: {model-id: 1}|c.yml: 'rules.model-id' must be true or false, not a number",
        "severity: {model-id: fatal}|c.yml: 'severity.model-id': unknown severity 'fatal' (info, warning, error)",
        "failOn: 3|c.yml: 'failOn' must be error, warning or info, not a number",
        "ignore: [{path: a, reason: b}]|c.yml: 'ignore[0]' needs a 'rule' id (or '*')",
        "ignore: [{path: a, rule: b, why: c}]|c.yml: unknown key 'ignore[0].why' (known: path, rule, reason)",
        "textEditorVersion: latest|c.yml: 'textEditorVersion' must look like text_editor_20250728 or 20250728, not 'latest'",
        "- a|c.yml: the top level must be a mapping of keys (to, target, region, profilePrefix, textEditorVersion, includeDocs, include, exclude, encoding, rules, severity, failOn, ignore)",
      })
  void wrongTypesAreOneLineErrors(String yaml, String message) {
    ConfigException e =
        assertThrows(ConfigException.class, () -> ProjectConfigLoader.parse("c.yml", yaml));
    assertEquals(message, e.getMessage());
  }

  @Test
  void syntaxErrorsAndDuplicateKeysNameTheLine() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ProjectConfigLoader.parse("c.yml", "target: a\ntarget: b\n"));
    assertEquals(
        true,
        e.getMessage().startsWith("c.yml:2: not valid YAML: Duplicate field 'target'"),
        e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    e =
        assertThrows(
            ConfigException.class,
            () -> ProjectConfigLoader.parse("c.yml", "target: [a\nregion: b\n"));
    assertEquals(true, e.getMessage().startsWith("c.yml:"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }
}
