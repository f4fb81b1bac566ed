package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import dev.claudemigrate.bedrock.Json;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code migrate smoke} in-process against the stand-in: options, formats, exit codes. */
class SmokeCommandTest extends SmokeStandInBase {

  @Test
  void allChecksPassWithExitZeroAndTheProfileForTheRegion() {
    CliRun r = smoke("--region", "us-west-2", "--guardrail-id", "gr1", "--guardrail-version", "2");

    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(
        r.out().contains("Claude Sonnet 4.6 (us.anthropic.claude-sonnet-4-6) in us-west-2"),
        r.out());
    assertTrue(r.out().contains("4 passed, 0 failed, 0 skipped"), r.out());
    assertTrue(r.err().contains("credentials: environment (AWS_ACCESS_KEY_ID)"), r.err());
    assertFalse(r.err().contains("cliTestSecret") || r.out().contains("cliTestSecret"));
  }

  @Test
  void aRetiredTargetWarnsOnceAndBedrocksEndOfLifeAnswerFailsTheCheck() {
    CliRun r = smoke("--region", "us-east-1", "--to", "sonnet-4", "--checks", "basic");

    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(
        1,
        r.err().lines().filter(l -> l.contains("reached end of life on Bedrock")).count(),
        r.err());
    assertTrue(
        r.out().contains("This model version has reached the end of its life")
            && r.out().contains("Claude Sonnet 4 is retired on Bedrock (end of life 2026-10-14"),
        r.out());
  }

  @Test
  void aFailedCheckExitsOneWithTheFix() {
    standIn.enqueue(
        Reply.error(
            403,
            "AccessDeniedException",
            "You don't have access to the model with the specified model ID."));

    CliRun r = smoke("--region", "eu-central-1", "--checks", "basic");

    assertEquals(1, r.code());
    assertTrue(r.out().contains("diagnosis: ACCESS_DENIED"), r.out());
    assertTrue(r.out().contains("fix: in the Amazon Bedrock console for eu-central-1"), r.out());
  }

  @Test
  void jsonAndJunitReports() throws Exception {
    CliRun json = smoke("--region", "us-east-1", "--checks", "basic,thinking", "--format", "json");
    CliRun junit =
        smoke(
            "--region",
            "us-east-1",
            "--checks",
            "tools",
            "--format",
            "junit",
            "--output",
            "out/smoke.xml");

    JsonNode report = Json.parse(json.out()).orElseThrow();
    assertTrue(report.path("passed").asBoolean());
    assertEquals("thinking", report.path("results").get(1).path("name").asText());
    assertTrue(report.path("results").get(0).path("costUsd").isNumber());
    String xml = Files.readString(dir.resolve("out/smoke.xml"));
    assertTrue(
        xml.contains("<testsuite")
            && xml.contains("<testcase classname=\"migrate.smoke.us-east-1\" name=\"tools\""),
        xml);
    assertTrue(junit.out().contains("report written to out/smoke.xml"));
  }

  @Test
  void promptsFileAndToolDefinition() throws Exception {
    Files.writeString(
        dir.resolve("cases.jsonl"),
        "{\"name\":\"hello\",\"prompt\":\"Say hi\",\"expect\":\"read\"}\n"
            + "{\"name\":\"again\",\"prompt\":\"Say hi again\"}\n");
    Files.writeString(
        dir.resolve("tool.json"),
        "{\"type\":\"text_editor_20250429\",\"name\":\"str_replace_based_edit_tool\"}");

    CliRun r =
        smoke(
            "--region",
            "us-east-1",
            "--prompts",
            "cases.jsonl",
            "--tool-definition",
            "tool.json",
            "--checks",
            "basic,tools");

    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("basic:hello") && r.out().contains("basic:again"), r.out());
    assertTrue(standIn.received().toString().contains("text_editor_20250429"));
  }

  @Test
  void aBadPromptsLineIsAUsageErrorNamingFileAndLine() throws Exception {
    Files.writeString(
        dir.resolve("cases.jsonl"), "{\"prompt\":\"ok\"}\n{\"name\":\"no prompt\"}\n");

    CliRun r = smoke("--region", "us-east-1", "--prompts", "cases.jsonl");

    assertEquals(2, r.code());
    assertTrue(r.err().contains("cases.jsonl:2: \"prompt\" (text) is required"), r.err());
  }

  @Test
  void missingRegionExitsThree() {
    CliRun r =
        CliRun.run(dir, CliRun.keys(dir), "smoke", "--endpoint-url", standIn.endpoint().toString());

    assertEquals(3, r.code());
    assertTrue(r.err().contains("no AWS region"), r.err());
    assertTrue(standIn.received().isEmpty());
  }

  @Test
  void missingCredentialsExitThree() {
    CliRun r =
        CliRun.run(
            dir,
            CliRun.nothing(dir),
            "smoke",
            "--region",
            "us-east-1",
            "--endpoint-url",
            standIn.endpoint().toString());

    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("no AWS credentials"), r.err());
  }

  @Test
  void regionAndCredentialsFromANamedProfile() throws Exception {
    Files.writeString(dir.resolve("config"), "[profile dev]\nregion = ap-southeast-2\n");
    Files.writeString(
        dir.resolve("credentials"),
        "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profileSecret\n");
    Map<String, String> env = new HashMap<>(CliRun.nothing(dir));
    env.put("AWS_CONFIG_FILE", dir.resolve("config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString());

    CliRun r =
        CliRun.run(
            dir,
            env,
            "smoke",
            "--profile",
            "dev",
            "--checks",
            "basic",
            "--endpoint-url",
            standIn.endpoint().toString());

    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(
        r.err().contains("region ap-southeast-2 (profile dev), credentials: profile dev"), r.err());
    // Sonnet 4.6 has no au. or apac. profile: the region picks global.
    assertEquals("global.anthropic.claude-sonnet-4-6", standIn.received().get(0).resource());
  }

  @Test
  void guardrailCheckWithoutIdIsAUsageError() {
    CliRun r = smoke("--region", "us-east-1", "--checks", "guardrail");

    assertEquals(2, r.code());
    assertTrue(r.err().contains("needs --guardrail-id"), r.err());
  }

  @Test
  void anUnknownTargetIsAUsageError() {
    assertEquals(2, smoke("--region", "us-east-1", "--to", "sonnet-9").code());
  }

  @Test
  void aMissingReplayFileIsOneLine() {
    CliRun r = CliRun.run(dir, CliRun.nothing(dir), "smoke", "--replay", "nowhere.jsonl");

    assertEquals(2, r.code());
    assertTrue(
        r.err().contains("recording " + dir.resolve("nowhere.jsonl") + ": no such file"), r.err());
  }
}
