package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.bedrock.BedrockStandIn.Received;
import dev.claudemigrate.bedrock.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code migrate smoke DIR} in-process against the stand-in with the real SDK client: one call per
 * distinct request shape of a project, Bedrock's own answers diagnosed, dry runs, limits, formats.
 */
class SmokeProjectTest extends SmokeStandInBase {
  static final Path SAMPLE = Path.of("samples/smoke/project").toAbsolutePath();

  /** A project of one file. */
  private Path project(String file, String text) throws Exception {
    Path root = dir.resolve("app");
    Files.createDirectories(root.resolve(file).getParent());
    Files.writeString(root.resolve(file), text);
    return root;
  }

  @Test
  void theMigratedSampleGetsExactlyOneCallPerDistinctShape() throws Exception {
    CliRun r = smoke(SAMPLE.toString(), "--region", "us-east-1");

    assertEquals(0, r.code(), r.out() + r.err());
    List<Received> got = standIn.received();
    assertEquals(5, got.size(), r.out());
    Set<String> distinct = new HashSet<>();
    got.forEach(x -> distinct.add(x.operation() + " " + x.resource() + " " + x.body()));
    assertEquals(5, distinct.size(), "no shape is sent twice");
    assertTrue(r.out().contains("5 request shapes at 6 call sites"), r.out());
    assertTrue(r.out().contains("PASS  agent/agent.py:38"), r.out());
    assertTrue(r.out().contains("PASS  web/router.ts:23"), r.out());
    assertTrue(
        r.out().contains("worker/worker.go:20 (body at line 19)  InvokeModel  model ID:"), r.out());
    assertTrue(r.out().contains("5 passed, 0 failed, 0 not sent; 1 not smoke-tested"), r.out());
  }

  @Test
  void theDryRunPrintsExactlyTheBodiesThatAreSent() throws Exception {
    CliRun dry =
        CliRun.run(
            dir, CliRun.nothing(dir), "smoke", SAMPLE.toString(), "--dry-run", "--format", "json");
    smoke(SAMPLE.toString(), "--region", "us-east-1");

    Set<String> planned = new HashSet<>();
    for (JsonNode s : Json.parse(dry.out()).orElseThrow().path("shapes")) {
      planned.add(s.path("model").asText() + " " + s.path("request"));
    }
    Set<String> sent = new HashSet<>();
    standIn.received().forEach(x -> sent.add(x.resource() + " " + x.body()));
    assertEquals(planned, sent);
  }

  @Test
  void aDryRunSendsNothingAndNeedsNoAccount() {
    CliRun r =
        CliRun.run(
            dir,
            CliRun.nothing(dir),
            "smoke",
            SAMPLE.toString(),
            "--dry-run",
            "--endpoint-url",
            standIn.endpoint().toString());

    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals(0, standIn.received().size());
    assertTrue(
        r.out().contains("POST /model/us.anthropic.claude-sonnet-4-5-20250929-v1:0/invoke"),
        r.out());
    assertTrue(
        r.out().contains("5 calls would be sent, estimated cost $0.037847 (catalog prices)"),
        r.out());
  }

  @Test
  void aTextEditorWhoseTypeWasMigratedButNotItsNameFailsWithTheRename() throws Exception {
    Path app =
        project(
            "agent.py",
            """
            import json, boto3
            client = boto3.client("bedrock-runtime", region_name="us-east-1")
            def ask(messages):
                body = {
                    "anthropic_version": "bedrock-2023-05-31",
                    "max_tokens": 1024,
                    "messages": messages,
                    "tools": [{"type": "text_editor_20250728", "name": "str_replace_editor"}],
                }
                return client.invoke_model(modelId="us.anthropic.claude-sonnet-4-6", body=json.dumps(body))
            """);

    CliRun r = smoke(app.toString());

    assertEquals(1, r.code(), r.out() + r.err());
    assertEquals(1, standIn.received().size());
    assertTrue(r.out().contains("FAIL  agent.py:10 (body at line 4)"), r.out());
    assertTrue(r.out().contains("diagnosis: INVALID_TOOL_TYPE"), r.out());
    assertTrue(
        r.out()
            .contains(
                "fix: the tool of type text_editor_20250728 must be named str_replace_based_edit_tool,"
                    + " not str_replace_editor"),
        r.out());
  }

  @Test
  void temperatureWithTopPFailsForSonnet46ButTemperatureAlonePasses() throws Exception {
    String converse =
        """
        import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
        const client = new BedrockRuntimeClient({ region: "us-east-1" });
        export const ask = (text: string) => client.send(new ConverseCommand({
          modelId: "us.anthropic.claude-sonnet-4-6",
          messages: [{ role: "user", content: [{ text }] }],
          inferenceConfig: SAMPLING,
        }));
        """;
    project(
        "new.ts", converse.replace("SAMPLING", "{ maxTokens: 256, temperature: 0.5, topP: 0.9 }"));
    Path app =
        project("old.ts", converse.replace("SAMPLING", "{ maxTokens: 256, temperature: 0.5 }"));

    CliRun r = smoke(app.toString());

    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("FAIL  new.ts:3"), r.out());
    assertTrue(r.out().contains("PASS  old.ts:3"), r.out());
    assertTrue(r.out().contains("diagnosis: INVALID_SAMPLING"), r.out());
    assertTrue(r.out().contains("fix: send only one of temperature and top_p to"), r.out());
  }

  @Test
  void maxCallsAndBudgetStopBeforeSendingMore() {
    CliRun two = smoke(SAMPLE.toString(), "--region", "us-east-1", "--max-calls", "2");
    int afterTwo = standIn.received().size();
    CliRun budget = smoke(SAMPLE.toString(), "--region", "us-east-1", "--budget", "0.01");

    assertEquals(0, two.code(), two.out());
    assertEquals(2, afterTwo);
    assertTrue(two.out().contains("not sent: --max-calls 2 reached"), two.out());
    assertTrue(two.out().contains("2 passed, 0 failed, 3 not sent"), two.out());
    assertEquals(afterTwo + 3, standIn.received().size(), "S1 to S3 fit, S4 would not");
    assertTrue(
        budget.out().contains("not sent: about $0.031623 more would pass --budget $0.010000"),
        budget.out());
    assertTrue(budget.out().contains("3 passed, 0 failed, 2 not sent"), budget.out());
  }

  @Test
  void junitHasOneTestcasePerShapeWithItsCallSites() throws Exception {
    CliRun r =
        smoke(
            SAMPLE.toString(),
            "--region",
            "us-east-1",
            "--format",
            "junit",
            "--output",
            "smoke.xml");

    String xml = Files.readString(dir.resolve("smoke.xml"));
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals(6, xml.split("<testcase ", -1).length - 1, xml);
    assertTrue(
        xml.contains(
            "name=\"S2 Converse global.anthropic.claude-haiku-4-5-20251001-v1:0 (agent/agent.py:38,"
                + " web/router.ts:23)\""),
        xml);
    assertTrue(xml.contains("not smoke-tested: built at run time: model ID:"), xml);
  }

  @Test
  void usageErrorsNameTheProblem() {
    CliRun missing = smoke(dir.resolve("nowhere").toString(), "--dry-run");
    CliRun dryWithoutDir = smoke("--dry-run");
    CliRun target = smoke(SAMPLE.toString(), "--to", "sonnet-4");

    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("nowhere: not a folder"), missing.err());
    assertEquals(2, dryWithoutDir.code());
    assertTrue(
        dryWithoutDir.err().contains("--dry-run, --max-calls and --budget need DIR"),
        dryWithoutDir.err());
    assertEquals(2, target.code());
    assertEquals(0, standIn.received().size());
  }
}
