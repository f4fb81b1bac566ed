package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.catalog.SdkConstants.Sdk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuildFileVersionsTest {
  private static final String PY = "anthropic";
  private static final String TS = "@anthropic-ai/sdk";

  private static String version(String file, String text, String module) {
    return BuildFileVersions.version(file, text, module).map(Object::toString).orElse("none");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "requirements.txt|anthropic==0.49.0|0.49.0",
        "requirements.txt|  Anthropic[bedrock] >= 0.52.1  # for Bedrock|0.52.1",
        "requirements.txt|anthropic~=0.40|0.40",
        "requirements.txt|anthropic-bedrock==0.8.0|none",
        "requirements.txt|langchain-anthropic==0.3.0|none",
        "requirements.txt|anthropic|none",
        "pyproject.toml|dependencies = [\"boto3\", \"anthropic>=0.37.1\"]|0.37.1",
        "pyproject.toml|anthropic = \"^0.47.2\"|0.47.2",
        "pyproject.toml|anthropic = { version = \"^0.52\", extras = [\"bedrock\"] }|0.52",
        "pyproject.toml|langchain-anthropic = \"^0.3\"|none",
      })
  void pythonManifests(String file, String text, String expected) {
    assertEquals(expected, version(file, text, PY));
  }

  @Test
  void pythonLockFiles() {
    String lock =
        "[[package]]\nname = \"anthropic-bedrock\"\nversion = \"0.9.0\"\n\n"
            + "[[package]]\nname = \"anthropic\"\nversion = \"0.37.1\"\n";
    assertEquals("0.37.1", version("uv.lock", lock, PY));
    assertEquals("0.37.1", version("poetry.lock", lock, PY));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "package.json|{\"dependencies\": {\"@anthropic-ai/sdk\": \"^0.39.0\"}}|0.39.0",
        "package.json|{\"dependencies\": {\"@anthropic-ai/sdk\": \"latest\"}}|none",
        "package.json|{\"dependencies\": {\"@anthropic-ai/bedrock-sdk\": \"^0.12.0\"}}|none",
        "package-lock.json|{\"packages\": {\"node_modules/@anthropic-ai/sdk\": {\"version\": \"0.52.0\"}}}|0.52.0",
      })
  void typescriptManifests(String file, String text, String expected) {
    assertEquals(expected, version(file, text, TS));
  }

  @Test
  void typescriptLockFiles() {
    assertEquals(
        "0.58.0",
        version(
            "pnpm-lock.yaml",
            "dependencies:\n  '@anthropic-ai/sdk':\n    specifier: ^0.50.0\n    version: 0.58.0(zod@3.23.8)\n",
            TS));
    assertEquals(
        "0.71.2",
        version(
            "yarn.lock",
            "\"@anthropic-ai/sdk@^0.70.0\":\n  version \"0.71.2\"\n  resolved \"https://x\"\n",
            TS));
  }

  @Test
  void theLockFileOfAFolderComesBeforeItsManifest(@TempDir Path project) throws IOException {
    Files.writeString(project.resolve("package.json"), "{\"@anthropic-ai/sdk\": \"^0.30.0\"}");
    Files.writeString(
        project.resolve("package-lock.json"),
        "{\"node_modules/@anthropic-ai/sdk\": {\"version\": \"0.40.1\"}}");
    Files.createDirectories(project.resolve("src/tools"));
    Optional<BuildFileVersions.Found> found =
        BuildFileVersions.find(project.resolve("src/tools/bash.ts"), Sdk.TYPESCRIPT, TS);
    assertEquals("0.40.1", found.orElseThrow().version().toString());
    assertEquals(project.resolve("package-lock.json"), found.orElseThrow().file());
  }

  @Test
  void theNearestFolderThatNamesTheSdkWins(@TempDir Path project) throws IOException {
    Files.writeString(project.resolve("requirements.txt"), "anthropic==0.30.0\n");
    Files.createDirectories(project.resolve("agent"));
    Files.writeString(project.resolve("agent/requirements.txt"), "boto3==1.35.0\n");
    Files.writeString(
        project.resolve("agent/pyproject.toml"), "dependencies = [\"anthropic>=0.61.0\"]\n");
    assertEquals(
        "0.61.0",
        BuildFileVersions.find(project.resolve("agent/main.py"), Sdk.PYTHON, PY)
            .orElseThrow()
            .version()
            .toString());
    assertEquals(
        "0.30.0",
        BuildFileVersions.find(project.resolve("main.py"), Sdk.PYTHON, PY)
            .orElseThrow()
            .version()
            .toString());
  }
}
