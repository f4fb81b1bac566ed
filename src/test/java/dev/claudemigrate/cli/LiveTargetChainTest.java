package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's "done when", from the command line: a tree holding Claude 3.5 v1/v2, 3.7, Sonnet 4 and
 * 4.5 IDs in several forms and regions moves to Sonnet 4.6 (the default on the fixed clock) in the
 * form found; a second apply changes nothing; the per-target rules (prefill, thinking budget,
 * sampling) fire for 4.6 and differ for 4.5; the retired Sonnet 4 needs {@code
 * --allow-retired-target} to write.
 */
class LiveTargetChainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;

  @BeforeEach
  void tree() throws IOException {
    write(
        "us/client.py",
        """
        import boto3
        client = boto3.client("bedrock-runtime", region_name="us-east-1")
        V1 = "anthropic.claude-3-5-sonnet-20240620-v1:0"
        V2 = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
        S37 = "us.anthropic.claude-3-7-sonnet-20250219-v1:0"
        S4 = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0"
        S45 = "global.anthropic.claude-sonnet-4-5-20250929-v1:0"

        def draft(question):
            return client.messages.create(
                model=S45,
                max_tokens=4000,
                thinking={"type": "enabled", "budget_tokens": 2000},
                messages=[
                    {"role": "user", "content": question},
                    {"role": "assistant", "content": "{"},
                ],
            )

        def tune(question):
            return client.converse(modelId=S45, messages=[{"role": "user", "content": question}],
                                   inferenceConfig={"temperature": 0.3, "topP": 0.8})
        """);
    write(
        "eu/settings.yaml",
        """
        region: eu-west-1
        bedrock:
          model: eu.anthropic.claude-3-7-sonnet-20250219-v1:0
          fallback: eu.anthropic.claude-sonnet-4-20250514-v1:0
          newer: eu.anthropic.claude-sonnet-4-5-20250929-v1:0
        """);
    write(
        "apac/sydney.ts",
        """
        const client = new BedrockRuntimeClient({ region: "ap-southeast-2" });
        const MODEL = "apac.anthropic.claude-3-5-sonnet-20241022-v2:0";
        const FALLBACK = "apac.anthropic.claude-sonnet-4-20250514-v1:0";
        """);
    write(
        "apac/tokyo.ts",
        """
        const client = new BedrockRuntimeClient({ region: "ap-northeast-1" });
        const MODEL = "apac.anthropic.claude-3-7-sonnet-20250219-v1:0";
        """);
    write(
        "apac/unknown.ts",
        """
        const MODEL = "apac.anthropic.claude-3-5-sonnet-20240620-v1:0";
        """);
    write(
        "anthropic/app.ts",
        """
        import Anthropic from "@anthropic-ai/sdk";
        const client = new Anthropic();
        const writer = "claude-3-5-sonnet-20241022";
        const editor = "claude-3-5-sonnet-latest";
        const planner = "claude-sonnet-4-20250514";
        const reviewer = "claude-sonnet-4-5-20250929";
        """);
    write(
        "ops/Arns.java",
        """
        class Arns {
          static final String OLD =
              "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0";
        }
        """);
  }

  private void write(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private CliRun migrate(String... args) {
    return CliRun.migrate(Environment.forTest(root, CliRun.CLOCK), args);
  }

  /** {@code path:line ruleId severity} of each finding, with its message and fix. */
  private Map<String, String> scan(String... to) throws IOException {
    String[] args = new String[4 + to.length];
    System.arraycopy(new String[] {"scan", ".", "--format", "json"}, 0, args, 0, 4);
    System.arraycopy(to, 0, args, 4, to.length);
    CliRun run = migrate(args);
    assertEquals(1, run.code(), "errors are found: " + run.err());
    Map<String, String> out = new TreeMap<>();
    for (JsonNode f : JSON.readTree(run.out()).path("findings")) {
      out.put(
          f.path("path").asText()
              + ":"
              + f.path("line").asInt()
              + " "
              + f.path("ruleId").asText()
              + " "
              + f.path("severity").asText(),
          f.path("message").asText() + " | " + f.path("fix").asText());
    }
    return out;
  }

  private String read(String path) throws IOException {
    return Files.readString(root.resolve(path));
  }

  @Test
  void scanWithNoTargetProposesSonnet46InTheFormFound() throws IOException {
    CliRun text = migrate("scan", ".");
    assertTrue(
        text.err().startsWith("migrate: target sonnet-4.6 (Claude Sonnet 4.6, active): default:"),
        text.err());
    Map<String, String> f = scan();
    assertTrue(f.get("us/client.py:3 model-id error").contains("us.anthropic.claude-sonnet-4-6"));
    assertTrue(
        f.get("us/client.py:7 model-id warning").contains("global.anthropic.claude-sonnet-4-6"));
    assertTrue(
        f.get("eu/settings.yaml:5 model-id warning").contains("eu.anthropic.claude-sonnet-4-6"));
    String sydney = f.get("apac/sydney.ts:2 model-id error");
    assertTrue(sydney.contains("global.anthropic.claude-sonnet-4-6"), sydney);
    assertTrue(sydney.contains("has no 'apac.' inference profile"), sydney);
    assertTrue(sydney.contains("outside the 'apac.' geography"), sydney);
    String tokyo = f.get("apac/tokyo.ts:2 model-id error");
    assertTrue(tokyo.contains("jp.anthropic.claude-sonnet-4-6"), tokyo);
    assertTrue(tokyo.contains("region ap-northeast-1"), tokyo);
    assertTrue(f.containsKey("apac/unknown.ts:1 model-id error"), f.keySet().toString());
    String arn = f.get("ops/Arns.java:3 model-id error");
    assertTrue(arn.contains("inference-profile/us.anthropic.claude-sonnet-4-6"), arn);
    assertTrue(f.get("us/client.py:16 prefill error").contains("Claude Sonnet 4.6 rejects"));
    assertTrue(
        f.get("us/client.py:13 thinking-budget warning")
            .contains("deprecated on Claude Sonnet 4.6"));
    assertTrue(f.containsKey("us/client.py:22 sampling error"), f.keySet().toString());
  }

  @Test
  void applyWritesSonnet46AndASecondApplyChangesNothing() throws IOException {
    CliRun first = migrate("apply", ".");
    assertEquals(0, first.code(), first.err() + first.out());
    String us = read("us/client.py");
    for (String id :
        new String[] {
          "V1 = \"us.anthropic.claude-sonnet-4-6\"",
          "V2 = \"us.anthropic.claude-sonnet-4-6\"",
          "S37 = \"us.anthropic.claude-sonnet-4-6\"",
          "inference-profile/us.anthropic.claude-sonnet-4-6\"",
          "S45 = \"global.anthropic.claude-sonnet-4-6\""
        }) {
      assertTrue(us.contains(id), id + " in\n" + us);
    }
    assertTrue(
        us.contains("{\"role\": \"assistant\", \"content\": \"{\"}"),
        "prefill is reported, never edited");
    assertTrue(us.contains("\"budget_tokens\": 2000"), "thinking budget is reported, never edited");
    String eu = read("eu/settings.yaml");
    assertEquals(3, eu.split("eu\\.anthropic\\.claude-sonnet-4-6\n", -1).length - 1, eu);
    // Sydney is offered only 'global.', which routes requests outside Asia Pacific: reported.
    assertTrue(read("apac/sydney.ts").contains("apac.anthropic."), read("apac/sydney.ts"));
    assertTrue(read("apac/tokyo.ts").contains("\"jp.anthropic.claude-sonnet-4-6\""));
    String app = read("anthropic/app.ts");
    assertEquals(4, app.split("= \"claude-sonnet-4-6\";", -1).length - 1, app);
    assertTrue(
        read("ops/Arns.java").contains("foundation-model/anthropic.claude-3-5-sonnet"),
        "an ARN is reported, not rewritten");

    Map<String, String> before = snapshot();
    CliRun second = migrate("apply", ".");
    assertEquals(0, second.code(), second.err() + second.out());
    assertEquals(before, snapshot(), "a second apply changes nothing");
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return out;
  }

  @Test
  void perTargetRulesDifferBetween46And45() throws IOException {
    Map<String, String> on45 = scan("--to", "sonnet-4.5");
    assertFalse(
        on45.keySet().stream().anyMatch(k -> k.contains(" prefill ")), on45.keySet().toString());
    assertFalse(
        on45.keySet().stream().anyMatch(k -> k.contains(" thinking-budget ")),
        on45.keySet().toString());
    assertTrue(on45.containsKey("us/client.py:22 sampling error"), on45.keySet().toString());
    assertFalse(
        on45.keySet().stream().anyMatch(k -> k.startsWith("us/client.py:7 ")), "4.5 is the target");
    assertTrue(
        on45.get("us/client.py:4 model-id error")
            .contains("us.anthropic.claude-sonnet-4-5-20250929-v1:0"));
    Map<String, String> on4 = scan("--to", "sonnet-4");
    assertTrue(on4.containsKey("us/client.py:22 sampling warning"), on4.keySet().toString());
  }

  @Test
  void retiredSonnet4IsTheClassicMigrationAndNeedsPermissionToWrite() throws IOException {
    Map<String, String> before = snapshot();
    CliRun refused = migrate("apply", ".", "--to", "sonnet-4");
    assertEquals(2, refused.code(), refused.err());
    assertTrue(refused.err().contains("--allow-retired-target"), refused.err());
    assertEquals(before, snapshot(), "nothing written");
    CliRun allowed = migrate("apply", ".", "--to", "sonnet-4", "--allow-retired-target");
    assertEquals(0, allowed.code(), allowed.err() + allowed.out());
    assertTrue(
        read("us/client.py").contains("V2 = \"us.anthropic.claude-sonnet-4-20250514-v1:0\""),
        read("us/client.py"));
    assertTrue(
        read("anthropic/app.ts").contains("\"claude-sonnet-4-20250514\""),
        read("anthropic/app.ts"));
  }
}
