package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * A local stand-in for Bedrock Runtime and the Bedrock control plane on 127.0.0.1, speaking the
 * rest-json wire format: percent-encoded resources in the path, JSON bodies, error names in {@code
 * x-amzn-ErrorType} and {@code __type}, the real status codes. Each test scripts its answers:
 * queued replies are used first, in order; then the fallback answers (by default a 500).
 */
public final class BedrockStandIn implements AutoCloseable {
  /** What the stand-in received: operation, decoded resource, query, headers and JSON body. */
  public record Received(
      String operation,
      String resource,
      String rawPath,
      String path,
      Map<String, String> query,
      Map<String, List<String>> headers,
      JsonNode body) {}

  /** One scripted answer. */
  public record Reply(int status, String errorType, String body, long delayMs) {
    public static Reply ok(String json) {
      return new Reply(200, null, json, 0);
    }

    public static Reply error(int status, String type, String message) {
      String body = "{\"message\":" + Json.write(message) + ",\"__type\":" + Json.write(type) + "}";
      return new Reply(status, type, body, 0);
    }

    /** A body that is not JSON, with status 200. */
    public static Reply malformed(String text) {
      return new Reply(200, null, text, 0);
    }

    public Reply slow(long millis) {
      return new Reply(status, errorType, body, millis);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Reply> queue = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();
  private volatile Function<Received, Reply> fallback =
      r ->
          Reply.error(
              500,
              "InternalServerException",
              "the stand-in has no scripted answer for " + r.operation());

  public BedrockStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The endpoint to pass to endpointOverride / --endpoint-url. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues replies, answered in order before the fallback. */
  public synchronized BedrockStandIn enqueue(Reply... replies) {
    queue.addAll(List.of(replies));
    return this;
  }

  /** Answers every request the queue does not, e.g. with {@link FakeClaude}. */
  public BedrockStandIn fallback(Function<Received, Reply> answer) {
    this.fallback = answer;
    return this;
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  private void handle(HttpExchange ex) throws IOException {
    Received r = read(ex);
    Reply reply;
    synchronized (this) {
      received.add(r);
      reply = queue.isEmpty() ? null : queue.poll();
    }
    if (reply == null) {
      reply = fallback.apply(r);
    }
    try {
      if (reply.delayMs() > 0) {
        Thread.sleep(reply.delayMs());
      }
      send(ex, reply);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (timeout); nothing to answer
    } finally {
      ex.close();
    }
  }

  private static Received read(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    var http =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.fromValue(ex.getRequestMethod()))
            .uri(
                URI.create(
                    "http://127.0.0.1"
                        + ex.getRequestURI().getRawPath()
                        + (ex.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + ex.getRequestURI().getRawQuery())))
            .build();
    WireRequest w = WireRequest.of(http, body);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    ex.getRequestHeaders().forEach(headers::put);
    return new Received(
        w.operation(),
        w.resource(),
        ex.getRequestURI().getRawPath(),
        w.path(),
        w.query(),
        headers,
        w.body());
  }

  /** Sends one rest-json reply (the batch stand-in answers its JSON calls the same way). */
  public static void send(HttpExchange ex, Reply reply) throws IOException {
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.getResponseHeaders().add("x-amzn-RequestId", "00000000-0000-4000-8000-000000000000");
    if (reply.errorType() != null) {
      ex.getResponseHeaders()
          .add(
              "x-amzn-ErrorType",
              reply.errorType() + ":http://internal.amazon.com/coral/com.amazon.bedrock/");
    }
    ex.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
