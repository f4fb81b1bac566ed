package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.bedrock.batch.BatchStandIn;
import dev.claudemigrate.eval.EvalStandInModels;
import dev.claudemigrate.eval.batch.ConverseAsBatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar in its own process, pointed at the batch stand-in only through the standard
 * AWS_ENDPOINT_URL_S3 / _BEDROCK / _BEDROCK_RUNTIME variables (no --endpoint-url): the SDK reads
 * them itself, and S3 goes path-style because its endpoint is custom.
 */
class EvalBatchIT {
  private static final Path JAR =
      Path.of(System.getProperty("migrate.jar", "target/claude-migrate.jar"));

  @TempDir Path dir;

  @Test
  void theServiceEndpointVariablesAreHonoured() throws Exception {
    try (BatchStandIn standIn = new BatchStandIn(new ConverseAsBatch(EvalStandInModels.sample()))) {
      standIn.converse(EvalStandInModels.sample());
      Path cases = EvalBatchTest.dataset(dir, 100);
      ProcessBuilder pb =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  JAR.toAbsolutePath().toString(),
                  "eval",
                  "--dataset",
                  cases.toString(),
                  "--baseline",
                  EvalBatchTest.B,
                  "--candidate",
                  EvalBatchTest.C,
                  "--region",
                  "us-east-1",
                  "--out",
                  "out",
                  "--batch",
                  "s3://eval-bucket/it",
                  "--batch-role",
                  EvalBatchTest.ROLE,
                  "--batch-poll",
                  "10ms")
              .directory(dir.toFile())
              .redirectOutput(dir.resolve("stdout").toFile())
              .redirectError(dir.resolve("stderr").toFile());
      Map<String, String> env = pb.environment();
      env.keySet().removeIf(k -> k.startsWith("AWS_"));
      env.putAll(CliRun.keys(dir));
      String url = standIn.endpoint().toString();
      env.put("AWS_ENDPOINT_URL_S3", url);
      env.put("AWS_ENDPOINT_URL_BEDROCK", url);
      env.put("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", url);
      Process p = pb.start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "eval --batch did not finish");
      String err = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), err);
      assertEquals(2, standIn.count("CreateModelInvocationJob"), err);
      assertTrue(standIn.count("GetObject") >= 2, "the .out files were read");
      assertFalse(
          standIn.hosts().stream().anyMatch(h -> h.startsWith("eval-bucket.")),
          "path-style addressing: " + standIn.hosts());
      assertTrue(Files.exists(dir.resolve("out/report.md")));
      List<String> out = Files.readAllLines(dir.resolve("stdout"));
      assertTrue(out.get(out.size() - 1).contains("batch price"), out.toString());
    }
  }
}
