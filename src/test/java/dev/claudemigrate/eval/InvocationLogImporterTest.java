package dev.claudemigrate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases from Bedrock model-invocation logs: Converse and InvokeModel records, gzip, bad records.
 */
class InvocationLogImporterTest {
  static final String CONVERSE =
      "{\"schemaType\": \"ModelInvocationLog\", \"schemaVersion\": \"1.0\", \"timestamp\": \"2026-11-20T10:00:00Z\","
          + " \"requestId\": \"915a6a04\", \"operation\": \"Converse\", \"modelId\": \"us.anthropic.claude-3-5-sonnet-20241022-v2:0\","
          + " \"input\": {\"inputContentType\": \"application/json\", \"inputBodyJson\": {\"system\": [{\"text\": \"Be brief.\"}],"
          + " \"messages\": [{\"role\": \"user\", \"content\": [{\"text\": \"What is the refund window?\"}]}], \"inferenceConfig\": {\"maxTokens\": 512}}, \"inputTokenCount\": 12},"
          + " \"output\": {\"outputContentType\": \"application/json\", \"outputBodyJson\": {\"output\": {\"message\": {\"role\": \"assistant\","
          + " \"content\": [{\"text\": \"30 days from delivery.\"}]}}, \"stopReason\": \"end_turn\", \"usage\": {\"inputTokens\": 12, \"outputTokens\": 6}}}}";
  static final String INVOKE =
      "{\"schemaType\": \"ModelInvocationLog\", \"requestId\": \"77aa\", \"operation\": \"InvokeModel\","
          + " \"modelId\": \"anthropic.claude-3-5-sonnet-20241022-v2:0\", \"input\": {\"inputBodyJson\": {\"anthropic_version\": \"bedrock-2023-05-31\","
          + " \"max_tokens\": 256, \"system\": \"Support bot.\", \"tools\": [{\"name\": \"lookup_order\", \"input_schema\": {\"type\": \"object\"}}],"
          + " \"messages\": [{\"role\": \"user\", \"content\": \"Where is A-1?\"}]}},"
          + " \"output\": {\"outputBodyJson\": {\"content\": [{\"type\": \"text\", \"text\": \"Checking.\"}, {\"type\": \"tool_use\", \"id\": \"t1\", \"name\": \"lookup_order\", \"input\": {\"order_id\": \"A-1\"}}],"
          + " \"stop_reason\": \"tool_use\"}}}";

  @TempDir Path dir;

  @Test
  void converseAndInvokeModelRecordsBecomeCasesWithTheLoggedAnswerAsReference() throws Exception {
    Path log = dir.resolve("invocations.jsonl");
    Files.writeString(
        log,
        CONVERSE + "\n{not json\n" + INVOKE + "\n{\"requestId\": \"x\", \"input\": {}}\n",
        StandardCharsets.UTF_8);
    InvocationLogImporter.Imported imported = InvocationLogImporter.load(log, true);
    Dataset d = imported.dataset();
    assertEquals(
        List.of("log-915a6a04", "log-77aa"), d.cases().stream().map(EvalCase::id).toList());
    EvalCase converse = d.cases().get(0);
    assertEquals("Be brief.", converse.system());
    assertEquals(512, converse.maxTokens());
    assertEquals("30 days from delivery.", converse.reference());
    assertEquals(
        List.of(AssertionType.NOT_REFUSAL, AssertionType.LLM_RUBRIC),
        converse.assertions().stream().map(AssertionSpec::type).toList());
    assertTrue(converse.assertions().get(1).value().asText().endsWith("30 days from delivery."));
    EvalCase invoke = d.cases().get(1);
    assertEquals("Support bot.", invoke.system());
    assertEquals("lookup_order", invoke.tools().get(0).name());
    assertEquals(
        List.of(AssertionType.NOT_REFUSAL, AssertionType.TOOL_CALL, AssertionType.LLM_RUBRIC),
        invoke.assertions().stream().map(AssertionSpec::type).toList());
    assertEquals(List.of(2, 4), d.errors().stream().map(DatasetError::line).toList());
    assertTrue(d.errors().get(1).message().contains("no input.inputBodyJson"));
    assertEquals(2, imported.entries().size());
  }

  @Test
  void gzipAndCloudWatchMessageWrappingAreRead() throws Exception {
    Path log = dir.resolve("logs.jsonl.gz");
    String wrapped = "{\"message\": " + JsonChecks.write(CONVERSE) + "}";
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(log))) {
      out.write((wrapped + "\n").getBytes(StandardCharsets.UTF_8));
    }
    Dataset d = InvocationLogImporter.load(log, false).dataset();
    assertEquals(List.of(), d.errors());
    assertEquals(
        List.of(AssertionType.NOT_REFUSAL),
        d.cases().get(0).assertions().stream().map(AssertionSpec::type).toList(),
        "without a judge, no rubric against the reference");
  }
}
