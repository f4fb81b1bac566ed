package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.files.Encodings;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holdout16's first run: a client sent a model ID as the key of an enum named for its models that
 * the service defines in another folder; the enum was reported (ADR 0110) but the client's copy of
 * the ID was rewritten, so the client then sent a key the service rejects. An ID the project holds
 * as a named enum's value is now reported wherever it is sent, with where the enum stands (ADR
 * 0113). Snippets of our own.
 */
class ProjectKeysTest {
  private static final String V1 = "anthropic.claude-3-5-sonnet-20240620-v1:0";
  private static final String V2 = "us.anthropic.claude-3-5-sonnet-20241022-v2:0";

  @TempDir Path root;

  private void write(String rel, String text) throws IOException {
    new ProjectDir(root).write(rel, text);
  }

  private List<Finding> idFindings(String path) {
    return new ProjectDir(root).findings(path, "model-id");
  }

  private static final String CLIENT =
      "def main(client):\n"
          + "    return client.invoke(\"Tell me a joke\", model=\""
          + V2
          + "\")\n";

  private static final String PYTHON_ENUM =
      "from enum import StrEnum\n\n\nclass ModelName(StrEnum):\n"
          + "    CLAUDE_3_5_SONNET_V1 = \""
          + V1
          + "\"\n    CLAUDE_3_5_SONNET_V2 = \""
          + V2
          + "\"\n";

  @Test
  void anIdSentAsTheKeyOfANamedEnumInAnotherFolderIsReportedWithTheEnum() throws IOException {
    write("src/schema/models.py", PYTHON_ENUM);
    write("src/run_client.py", CLIENT);
    write("config/app.yaml", "default_model: " + V2 + "\n");
    for (String path : List.of("src/run_client.py", "config/app.yaml")) {
      List<Finding> f = idFindings(path);
      assertEquals(1, f.size(), path + ": " + f);
      assertFalse(f.get(0).fixable(), path + ": " + f);
      assertEquals(Severity.INFO, f.get(0).severity());
      assertTrue(f.get(0).message().contains("table of its own"), f.get(0).message());
    }
    assertTrue(
        idFindings("src/run_client.py").get(0).message().contains("src/schema/models.py:6"),
        idFindings("src/run_client.py").get(0).message());
    assertTrue(idFindings("src/schema/models.py").stream().noneMatch(Finding::fixable));
  }

  @Test
  void aJavaEnumCountsAsAPythonOneDoes() throws IOException {
    write(
        "src/main/java/app/Models.java",
        "package app;\n\npublic enum Models {\n  CLAUDE_3_5_SONNET_V2(\""
            + V2
            + "\"),\n  CLAUDE_3_5_SONNET_V1(\""
            + V1
            + "\");\n\n  final String id;\n\n  Models(String id) {\n    this.id = id;\n  }\n}\n");
    write("src/main/resources/application.properties", "app.model=" + V2 + "\n");
    List<Finding> f = idFindings("src/main/resources/application.properties");
    assertEquals(1, f.size(), f.toString());
    assertFalse(f.get(0).fixable(), f.toString());
  }

  /** A table from the enum's members to the IDs called for them: its values are what is called. */
  @Test
  void theIdATableCallsForAnEnumMemberKeepsTheRewrite() throws IOException {
    write("src/schema/models.py", PYTHON_ENUM);
    write(
        "src/core/llm.py",
        "from schema.models import ModelName\n\nTABLE = {\n    ModelName.CLAUDE_3_5_SONNET_V2: \""
            + V2
            + "\",\n}\n");
    assertOneFixable("src/core/llm.py");
  }

  /** Before and after alike: a lone enum member is the application's choice, both rewritten. */
  @Test
  void aLoneMemberOrAnEnumInProseKeepsTheRewrite() throws IOException {
    write(
        "src/models.py",
        "from enum import Enum\n\n\nclass Chosen(Enum):\n    CLAUDE_3_5_SONNET_V2 = \""
            + V2
            + "\"\n");
    write(
        "docs/models.md",
        "```python\nclass ModelName(StrEnum):\n    CLAUDE_3_5_SONNET_V1 = \""
            + V1
            + "\"\n    CLAUDE_3_5_SONNET_V2 = \""
            + V2
            + "\"\n```\n");
    write("src/run_client.py", CLIENT);
    assertOneFixable("src/run_client.py");
    assertTrue(idFindings("src/models.py").get(0).fixable());
  }

  /**
   * The survey reads a file as the check does, in the charset {@code --encoding} names for it: an
   * enum in a Latin-1 file (not valid UTF-8) holds its keys as one in UTF-8 does.
   */
  @Test
  void anEnumInAFileOfAnotherCharsetHoldsItsKeys() throws IOException {
    Path enumFile = root.resolve("src/schema/models.py");
    Files.createDirectories(enumFile.getParent());
    Files.write(enumFile, ("# Modèles\n" + PYTHON_ENUM).getBytes(StandardCharsets.ISO_8859_1));
    write("src/run_client.py", CLIENT);
    Encodings latin1 = Encodings.parse("--encoding", List.of("**/models.py=ISO-8859-1"));
    List<Finding> f = new ProjectDir(root).findings("src/run_client.py", "model-id", latin1);
    assertEquals(1, f.size(), f.toString());
    assertFalse(f.get(0).fixable(), f.toString());
    assertTrue(f.get(0).message().contains("src/schema/models.py:7"), f.get(0).message());
  }

  private void assertOneFixable(String path) {
    List<Finding> f = idFindings(path);
    assertEquals(1, f.size(), f.toString());
    assertTrue(f.get(0).fixable(), f.toString());
  }

  /**
   * Holdout18: a table in a function below an enum of display names was read as the enum's members,
   * so its IDs became held keys and a request in another folder lost its rewrite.
   */
  @Test
  void aTableBelowAnEnumIsNotTheEnum() throws IOException {
    write(
        "app/main.py",
        "import enum\n\n\nclass ModelType(str, enum.Enum):\n"
            + "    CLAUDE_3_7_SONNET = \"Claude 3.7 Sonnet\"\n"
            + "    CLAUDE_4_SONNET = \"Claude 4 Sonnet\"\n\n\n"
            + "def model_id(model_type):\n    ids = {\n"
            + "        ModelType.CLAUDE_3_7_SONNET: \"us.anthropic.claude-3-7-sonnet-20250219-v1:0\",\n"
            + "        ModelType.CLAUDE_4_SONNET: \"us.anthropic.claude-sonnet-4-20250514-v1:0\",\n"
            + "    }\n    return ids[model_type]\n");
    write(
        "claude/main.py",
        "def run(client, body):\n"
            + "    return client.invoke_model(modelId=\"us.anthropic.claude-3-7-sonnet-20250219-v1:0\", body=body)\n");
    assertOneFixable("claude/main.py");
  }

  /** Holdout17: a preset sent the name side of the project's name-to-ID map. */
  @Test
  void aNameTheProjectsOwnMapResolvesIsReportedWithTheMap() throws IOException {
    write(
        "agent/bedrock/model_id.py",
        "MODEL_ID_MAP = {\n"
            + "    \"claude-sonnet-4-5\": \"us.anthropic.claude-sonnet-4-5-20250929-v1:0\",\n"
            + "}\n");
    write("agent/presets.py", PRESET);
    List<Finding> f = idFindings("agent/presets.py");
    assertEquals(1, f.size(), f.toString());
    assertFalse(f.get(0).fixable(), f.toString());
    assertTrue(f.get(0).message().contains("agent/bedrock/model_id.py:2"), f.get(0).message());
  }

  /** Before and after alike: without the map the preset's name is the model called. */
  @Test
  void withoutTheMapTheNameIsRewritten() throws IOException {
    write("agent/presets.py", PRESET);
    assertOneFixable("agent/presets.py");
  }

  private static final String PRESET =
      "from .params import Params\n\nSONNET = Params(model=\"claude-sonnet-4-5\", max_tokens=4096)\n";
}
