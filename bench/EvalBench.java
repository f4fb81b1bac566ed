import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Eval throughput: {@code migrate eval} as users run it (the launcher) against a loopback stand-in
 * of the Converse API that answers every call after a fixed delay, and the wall time against the
 * ideal {@code calls x delay / concurrency}.
 *
 * <p>usage: {@code java bench/EvalBench.java LAUNCHER [CASES] [CONCURRENCY] [DELAY_MS] [RUNS]}
 * (defaults 200 cases = 400 calls, 16, 500 ms, 3 runs); prints one line per run and the median.
 */
public final class EvalBench {
  private static final String ANSWER =
      "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":"
          + "\"Unused items can be returned within 30 days with the order number.\"}]}},"
          + "\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":120,\"outputTokens\":16,"
          + "\"totalTokens\":136},\"metrics\":{\"latencyMs\":%d}}";

  public static void main(String[] args) throws Exception {
    Path launcher = Path.of(args[0]).toAbsolutePath();
    int cases = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int delayMs = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 3;

    AtomicInteger calls = new AtomicInteger();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong firstCall = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong lastAnswer =
        new java.util.concurrent.atomic.AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(Executors.newCachedThreadPool());
    byte[] body = String.format(ANSWER, delayMs).getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        ex -> {
          firstCall.compareAndSet(0, System.nanoTime());
          maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            answer(ex, body, delayMs, calls);
          } finally {
            inFlight.decrementAndGet();
            lastAnswer.set(System.nanoTime());
          }
        });
    server.start();

    Path dir = Files.createTempDirectory("claude-migrate-evalbench");
    Path dataset = dir.resolve("dataset.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      lines.add(
          "{\"id\":\"case-"
              + i
              + "\",\"prompt\":\"What is your return policy? (question "
              + i
              + ")\",\"assert\":[{\"type\":\"contains\",\"value\":\"30 days\"}]}");
    }
    Files.write(dataset, lines);
    double ideal = 2.0 * cases * delayMs / 1000.0 / concurrency;
    System.out.printf(
        "%d calls (%d cases x 2 models), --concurrency %d, stand-in answers in %d ms: ideal %.2f s%n",
        2 * cases, cases, concurrency, delayMs, ideal);

    List<Double> walls = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      Path out = dir.resolve("out-" + r);
      calls.set(0);
      maxInFlight.set(0);
      firstCall.set(0);
      long start = System.nanoTime();
      ProcessBuilder pb =
          new ProcessBuilder(
                  launcher.toString(),
                  "eval",
                  "--dataset",
                  dataset.toString(),
                  "--baseline",
                  "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
                  "--candidate",
                  "us.anthropic.claude-sonnet-4-20250514-v1:0",
                  "--region",
                  "us-east-1",
                  "--endpoint-url",
                  "http://127.0.0.1:" + server.getAddress().getPort(),
                  "--concurrency",
                  String.valueOf(concurrency),
                  "--out",
                  out.toString())
              .redirectOutput(dir.resolve("stdout-" + r).toFile())
              .redirectError(dir.resolve("stderr-" + r).toFile())
              .directory(dir.toFile());
      // Static keys for the loopback stand-in only; never the machine's own credentials.
      pb.environment().put("AWS_ACCESS_KEY_ID", "AKIDEVALBENCH");
      pb.environment().put("AWS_SECRET_ACCESS_KEY", "evalBenchSecret");
      pb.environment().remove("AWS_SESSION_TOKEN");
      pb.environment().remove("AWS_PROFILE");
      pb.environment().put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
      pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
      pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
      Process p = pb.start();
      if (!p.waitFor(600, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("eval did not finish");
      }
      double wall = (System.nanoTime() - start) / 1e9;
      walls.add(wall);
      double calling = (lastAnswer.get() - firstCall.get()) / 1e9;
      System.out.printf(
          "run %d: exit %d, %d calls answered, %.2f s, %.2f of ideal (start to first call %.2f s,"
              + " first call to last answer %.2f s = %.2f of ideal, last answer to exit %.2f s,"
              + " at most %d in flight)%n",
          r + 1,
          p.exitValue(),
          calls.get(),
          wall,
          ideal / wall,
          (firstCall.get() - start) / 1e9,
          calling,
          ideal / calling,
          wall - (lastAnswer.get() - start) / 1e9,
          maxInFlight.get());
    }
    walls.sort(null);
    double median = walls.get(walls.size() / 2);
    System.out.printf("median %.2f s: %.2f of ideal%n", median, ideal / median);
    server.stop(0);
    System.exit(0);
  }

  private static void answer(HttpExchange ex, byte[] body, int delayMs, AtomicInteger calls)
      throws IOException {
    ex.getRequestBody().readAllBytes();
    try {
      Thread.sleep(delayMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    calls.incrementAndGet();
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }
}
