import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Eval throughput: {@code migrate eval} as users run it (the launcher) against a loopback stand-in
 * of the Converse API that answers every call after a fixed delay, and the wall time against the
 * ideal: the model's time only, {@code calls x delay / concurrency}.
 *
 * <p>Each run's wall time splits into the fixed cost (start to the first call, plus last answer to
 * exit) and the calling phase (first call to last answer); the calling phase beyond the ideal,
 * spread over the calls, is the per-call overhead: the time a call slot spends outside the model
 * (the client's request and answer handling, waiting for the CPU, writing the result).
 *
 * <p>usage: {@code java bench/EvalBench.java LAUNCHER[,LAUNCHER...] [CASES] [CONCURRENCY]
 * [DELAY_MS] [RUNS]} (defaults 200 cases = 400 calls, 16, 500 ms, 5 runs, after one run of each
 * launcher that is not counted: it writes the launcher's class-data archive when there is none);
 * prints one line per run and each launcher's medians. Several launchers (two builds, say) take
 * turns run after run, so that they share the machine's load alike. {@code JAVA_OPTS} reaches the
 * launchers.
 */
public final class EvalBench {
  private static final String ANSWER =
      "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":"
          + "\"Unused items can be returned within 30 days with the order number.\"}]}},"
          + "\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":120,\"outputTokens\":16,"
          + "\"totalTokens\":136},\"metrics\":{\"latencyMs\":%d}}";

  private static final AtomicInteger CALLS = new AtomicInteger();
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
  private static final AtomicInteger MAX_IN_FLIGHT = new AtomicInteger();
  private static final AtomicLong FIRST_CALL = new AtomicLong();
  private static final AtomicLong LAST_ANSWER = new AtomicLong();

  /** One measured run. */
  private record Run(double wall, double fixed, double calling, double cpu) {}

  public static void main(String[] args) throws Exception {
    List<Path> launchers = new ArrayList<>();
    for (String l : args[0].split(",")) {
      launchers.add(Path.of(l).toAbsolutePath());
    }
    int cases = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int delayMs = args.length > 3 ? Integer.parseInt(args[3]) : 500;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;

    // The stand-in plays the model, so none of its own delays may count against the tool: without
    // TCP_NODELAY the JDK's server sends the answer's body only after the client acknowledges its
    // headers, which Linux delays by up to 40 ms (1.4 s of a 400-call run, measured). AWS's
    // endpoints do not wait so.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(Executors.newCachedThreadPool());
    byte[] body = String.format(ANSWER, delayMs).getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        ex -> {
          FIRST_CALL.compareAndSet(0, System.nanoTime());
          MAX_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
          try {
            answer(ex, body, delayMs);
          } finally {
            IN_FLIGHT.decrementAndGet();
            LAST_ANSWER.set(System.nanoTime());
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
    int calls = 2 * cases;
    double ideal = (double) calls * delayMs / 1000.0 / concurrency;
    Path time = Path.of("/usr/bin/time");
    boolean timed = Files.isExecutable(time);
    System.out.printf(
        "%d calls (%d cases x 2 models), --concurrency %d, stand-in answers in %d ms: ideal %.2f s;"
            + " %d cores, load %s%n",
        calls,
        cases,
        concurrency,
        delayMs,
        ideal,
        Runtime.getRuntime().availableProcessors(),
        load());

    List<List<Run>> measured = new ArrayList<>();
    launchers.forEach(l -> measured.add(new ArrayList<>()));
    for (int turn = 0; turn < (runs + 1) * launchers.size(); turn++) {
      int r = turn / launchers.size();
      int which = turn % launchers.size();
      Path launcher = launchers.get(which);
      Path out = dir.resolve("out-" + turn);
      CALLS.set(0);
      MAX_IN_FLIGHT.set(0);
      FIRST_CALL.set(0);
      List<String> command = new ArrayList<>();
      Path cpuFile = dir.resolve("cpu-" + turn);
      if (timed) {
        command.addAll(List.of(time.toString(), "-f", "%U %S", "-o", cpuFile.toString()));
      }
      command.addAll(
          List.of(
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
              out.toString()));
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .redirectOutput(dir.resolve("stdout-" + turn).toFile())
              .redirectError(dir.resolve("stderr-" + turn).toFile())
              .directory(dir.toFile());
      // Static keys for the loopback stand-in only; never the machine's own credentials.
      pb.environment().put("AWS_ACCESS_KEY_ID", "AKIDEVALBENCH");
      pb.environment().put("AWS_SECRET_ACCESS_KEY", "evalBenchSecret");
      pb.environment().remove("AWS_SESSION_TOKEN");
      pb.environment().remove("AWS_PROFILE");
      pb.environment().put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
      pb.environment().put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
      pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
      String loadBefore = load();
      long start = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(600, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("eval did not finish");
      }
      double wall = (System.nanoTime() - start) / 1e9;
      double toFirst = (FIRST_CALL.get() - start) / 1e9;
      double calling = (LAST_ANSWER.get() - FIRST_CALL.get()) / 1e9;
      double toExit = wall - (LAST_ANSWER.get() - start) / 1e9;
      double cpu = timed ? cpu(cpuFile) : Double.NaN;
      if (r == 0) {
        System.out.printf(
            "%s: not counted: %.2f s, exit %d, %d calls answered (writes the launcher's archive"
                + " if none)%n",
            launcher, wall, p.exitValue(), CALLS.get());
        continue;
      }
      Run run = new Run(wall, toFirst + toExit, calling, cpu);
      measured.get(which).add(run);
      System.out.printf(
          "%s run %d: exit %d, %d calls answered, at most %d in flight, %.2f s = %.2f of ideal;"
              + " fixed %.2f s (start to first call %.2f, last answer to exit %.2f), calling"
              + " %.2f s = %.0f ms a call over the model's %d; CPU %.2f s; load %s -> %s%n",
          launchers.size() > 1 ? launcher : "",
          r,
          p.exitValue(),
          CALLS.get(),
          MAX_IN_FLIGHT.get(),
          wall,
          ideal / wall,
          run.fixed(),
          toFirst,
          toExit,
          calling,
          perCall(calling, ideal, concurrency, calls),
          delayMs,
          cpu,
          loadBefore,
          load());
    }
    for (int i = 0; i < launchers.size(); i++) {
      List<Run> runsOf = measured.get(i);
      double wall = median(runsOf.stream().map(Run::wall).toList());
      double calling = median(runsOf.stream().map(Run::calling).toList());
      System.out.printf(
          "%s: median of %d: %.2f s = %.2f of ideal; fixed %.2f s; calling %.2f s = %.2f of"
              + " ideal, %.0f ms a call over the model's; CPU %.2f s%n",
          launchers.get(i),
          runsOf.size(),
          wall,
          ideal / wall,
          median(runsOf.stream().map(Run::fixed).toList()),
          calling,
          ideal / calling,
          perCall(calling, ideal, concurrency, calls),
          median(runsOf.stream().map(Run::cpu).toList()));
    }
    System.out.println("load at the end: " + load());
    server.stop(0);
    System.exit(0);
  }

  /** Milliseconds a call slot spends beyond the model's time, on average. */
  private static double perCall(double calling, double ideal, int concurrency, int calls) {
    return (calling - ideal) * 1000.0 * concurrency / calls;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** User plus system CPU seconds as /usr/bin/time wrote them (NaN when it did not). */
  private static double cpu(Path file) throws IOException {
    String[] lines = Files.readString(file).strip().split("\n");
    String[] f = lines[lines.length - 1].trim().split(" ");
    try {
      return Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The 1, 5 and 15 minute load averages. */
  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void answer(HttpExchange ex, byte[] body, int delayMs) throws IOException {
    ex.getRequestBody().readAllBytes();
    try {
      Thread.sleep(delayMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    CALLS.incrementAndGet();
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(body);
    }
  }
}
