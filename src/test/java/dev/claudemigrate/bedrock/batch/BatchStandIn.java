package dev.claudemigrate.bedrock.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.claudemigrate.bedrock.BedrockStandIn;
import dev.claudemigrate.bedrock.BedrockStandIn.Received;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A loopback stand-in for what {@code eval --batch} talks to, on one port as LocalStack does: S3
 * (path-style PutObject, GetObject, ListObjectsV2 with its XML), the Bedrock control plane's
 * CreateModelInvocationJob and GetModelInvocationJob (rest-json), and Bedrock Runtime Converse
 * (handed to a function, for judge calls). A job "runs" when it is polled: each
 * GetModelInvocationJob moves it one state on (Submitted, Validating, Scheduled, InProgress,
 * Completed); on completing it answers every input record with the answer function and writes
 * {@code <output>/<job id>/<input name>.out} in shuffled order, plus {@code manifest.json.out}.
 */
public final class BatchStandIn implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> STATES =
      List.of("Submitted", "Validating", "Scheduled", "InProgress", "Completed");
  private static final String ACCOUNT = "123456789012";

  /** A job as the stand-in keeps it. */
  public static final class Job {
    public final String arn;
    public final JsonNode request;
    public volatile String status = "Submitted";
    public volatile String message;
    int step;

    Job(String arn, JsonNode request) {
      this.arn = arn;
      this.request = request;
    }

    String id() {
      return arn.substring(arn.lastIndexOf('/') + 1);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, byte[]> objects = Collections.synchronizedMap(new TreeMap<>());
  private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> operations = Collections.synchronizedList(new ArrayList<>());
  private final List<String> hosts = Collections.synchronizedList(new ArrayList<>());
  private final BiFunction<String, JsonNode, JsonNode> answer;
  private volatile Function<Received, Reply> converse =
      r -> Reply.error(500, "InternalServerException", "no runtime answers scripted");
  private volatile boolean hold;
  private volatile int minRecords = 100;

  /**
   * @param answer gives, for a model ID and a record's modelInput, either {@code {"modelOutput":
   *     ...}} or {@code {"error": {"errorCode", "errorMessage"}}}
   */
  public BatchStandIn(BiFunction<String, JsonNode, JsonNode> answer) throws IOException {
    this.answer = answer;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answers Converse calls (judge calls of llm-rubric checks). */
  public BatchStandIn converse(Function<Received, Reply> f) {
    this.converse = f;
    return this;
  }

  /** Keeps jobs from getting past InProgress (a long job), or lets them finish. */
  public BatchStandIn hold(boolean hold) {
    this.hold = hold;
    return this;
  }

  public BatchStandIn minRecords(int n) {
    this.minRecords = n;
    return this;
  }

  /** Every operation received, e.g. {@code CreateModelInvocationJob} or {@code PutObject}. */
  public List<String> operations() {
    return List.copyOf(operations);
  }

  public long count(String operation) {
    return operations().stream().filter(operation::equals).count();
  }

  /** The Host headers received (path-style requests go to the endpoint's own host). */
  public List<String> hosts() {
    return List.copyOf(hosts);
  }

  public List<Job> jobs() {
    return List.copyOf(jobs.values());
  }

  public byte[] object(String bucket, String key) {
    return objects.get(bucket + "/" + key);
  }

  public List<String> keys() {
    synchronized (objects) {
      return List.copyOf(objects.keySet());
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      hosts.add(ex.getRequestHeaders().getFirst("Host"));
      String path = ex.getRequestURI().getRawPath();
      String method = ex.getRequestMethod();
      byte[] body = body(ex);
      if (path.equals("/model-invocation-job") && method.equals("POST")) {
        operations.add("CreateModelInvocationJob");
        create(ex, JSON.readTree(body));
      } else if (path.startsWith("/model-invocation-job/") && method.equals("GET")) {
        operations.add("GetModelInvocationJob");
        get(ex, decode(path.substring("/model-invocation-job/".length())));
      } else if (path.startsWith("/model/") && path.endsWith("/converse")) {
        operations.add("Converse");
        String model = decode(path.substring("/model/".length(), path.length() - 9));
        Reply r =
            converse.apply(
                new Received(
                    "Converse", model, path, path, Map.of(), Map.of(), JSON.readTree(body)));
        BedrockStandIn.send(ex, r);
      } else {
        s3(ex, method, path, body);
      }
    } catch (RuntimeException e) {
      BedrockStandIn.send(ex, Reply.error(500, "InternalServerException", "stand-in: " + e));
    } finally {
      ex.close();
    }
  }

  /** The request body; an aws-chunked upload is decoded (the SDK may stream PutObject that way). */
  private static byte[] body(HttpExchange ex) throws IOException {
    byte[] raw = ex.getRequestBody().readAllBytes();
    String sha = ex.getRequestHeaders().getFirst("x-amz-content-sha256");
    String encoding = ex.getRequestHeaders().getFirst("Content-Encoding");
    boolean chunked =
        (sha != null && sha.startsWith("STREAMING-"))
            || (encoding != null && encoding.contains("aws-chunked"));
    return chunked ? unchunk(raw) : raw;
  }

  static byte[] unchunk(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < raw.length) {
      int eol = indexOf(raw, i);
      String header = new String(raw, i, eol - i, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(header.split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(raw, eol + 2, size);
      i = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] b, int from) {
    for (int i = from; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    throw new IllegalArgumentException("torn aws-chunked body");
  }

  private void create(HttpExchange ex, JsonNode req) throws IOException {
    String model = req.path("modelId").asText();
    String role = req.path("roleArn").asText();
    String input = req.at("/inputDataConfig/s3InputDataConfig/s3Uri").asText();
    if (!role.startsWith("arn:aws:iam::")) {
      error(ex, 400, "ValidationException", "roleArn is not an IAM role ARN: " + role);
      return;
    }
    if (model.startsWith("anthropic.claude-sonnet-4")) {
      error(
          ex,
          400,
          "ValidationException",
          "Batch inference for " + model + " needs an inference profile ID");
      return;
    }
    if (!objects.containsKey(input.substring("s3://".length()))) {
      error(ex, 400, "ValidationException", "input " + input + " does not exist");
      return;
    }
    String token = req.path("clientRequestToken").asText();
    synchronized (jobs) {
      for (Job j : jobs.values()) {
        if (!token.isEmpty() && token.equals(j.request.path("clientRequestToken").asText())) {
          BedrockStandIn.send(ex, Reply.ok("{\"jobArn\":\"" + j.arn + "\"}"));
          return;
        }
      }
      String id = String.format("job%09d", jobs.size() + 1);
      String arn = "arn:aws:bedrock:us-east-1:" + ACCOUNT + ":model-invocation-job/" + id;
      jobs.put(arn, new Job(arn, req));
      BedrockStandIn.send(ex, Reply.ok("{\"jobArn\":\"" + arn + "\"}"));
    }
  }

  private void get(HttpExchange ex, String arn) throws IOException {
    Job j = jobs.get(arn);
    if (j == null) {
      error(ex, 404, "ResourceNotFoundException", "no job " + arn);
      return;
    }
    synchronized (j) {
      advance(j);
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("jobArn", j.arn)
        .put("jobName", j.request.path("jobName").asText())
        .put("modelId", j.request.path("modelId").asText())
        .put("roleArn", j.request.path("roleArn").asText())
        .put("status", j.status)
        .put("submitTime", "2026-12-03T12:00:00Z");
    if (j.message != null) {
      out.put("message", j.message);
    }
    out.set("inputDataConfig", j.request.get("inputDataConfig"));
    out.set("outputDataConfig", j.request.get("outputDataConfig"));
    BedrockStandIn.send(ex, Reply.ok(out.toString()));
  }

  private void advance(Job j) {
    if (!STATES.contains(j.status) || j.status.equals("Completed")) {
      return;
    }
    int next = Math.min(j.step + 1, STATES.size() - 1);
    if (hold && STATES.get(next).equals("Completed")) {
      return;
    }
    j.step = next;
    j.status = STATES.get(next);
    if (j.status.equals("Completed")) {
      run(j);
    }
  }

  /** Answers every record and writes the .out file, shuffled: order is not guaranteed. */
  private void run(Job j) {
    String input = j.request.at("/inputDataConfig/s3InputDataConfig/s3Uri").asText();
    String output = j.request.at("/outputDataConfig/s3OutputDataConfig/s3Uri").asText();
    String text = new String(objects.get(input.substring(5)), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode record = JSON.readTree(line);
        ObjectNode out = JSON.createObjectNode();
        out.put("recordId", record.path("recordId").asText());
        out.set("modelInput", record.get("modelInput"));
        out.setAll(
            (ObjectNode)
                answer.apply(j.request.path("modelId").asText(), record.get("modelInput")));
        lines.add(out.toString());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    if (lines.size() < minRecords) {
      j.status = "Failed";
      j.message =
          "The number of records in the input file is less than the minimum of " + minRecords;
      return;
    }
    Collections.shuffle(lines, new Random(42));
    String prefix = (output.endsWith("/") ? output : output + "/").substring(5) + j.id() + "/";
    String name = input.substring(input.lastIndexOf('/') + 1);
    objects.put(
        prefix + name + ".out", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    objects.put(
        prefix + "manifest.json.out",
        ("{\"totalRecordCount\":" + lines.size() + "}").getBytes(StandardCharsets.UTF_8));
  }

  private void s3(HttpExchange ex, String method, String rawPath, byte[] body) throws IOException {
    String path = decode(rawPath.substring(1));
    int slash = path.indexOf('/');
    String bucket = slash < 0 ? path : path.substring(0, slash);
    String key = slash < 0 ? "" : path.substring(slash + 1);
    Map<String, String> query = query(ex.getRequestURI().getRawQuery());
    if (method.equals("PUT") && !key.isEmpty()) {
      operations.add("PutObject");
      objects.put(bucket + "/" + key, body);
      ex.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(Arrays.hashCode(body)) + "\"");
      xml(ex, 200, "");
    } else if (method.equals("GET") && key.isEmpty() && "2".equals(query.get("list-type"))) {
      operations.add("ListObjectsV2");
      list(ex, bucket, query.getOrDefault("prefix", ""));
    } else if (method.equals("GET")) {
      operations.add("GetObject");
      byte[] o = objects.get(bucket + "/" + key);
      if (o == null) {
        xml(
            ex,
            404,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>"
                + key
                + "</Key></Error>");
        return;
      }
      ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
      ex.sendResponseHeaders(200, o.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(o);
      }
    } else {
      operations.add(method + " " + rawPath);
      xml(ex, 501, "<Error><Code>NotImplemented</Code></Error>");
    }
  }

  private void list(HttpExchange ex, String bucket, String prefix) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
    xml.append("<Name>")
        .append(bucket)
        .append("</Name><Prefix>")
        .append(escape(prefix))
        .append("</Prefix>");
    List<String> keys =
        keys().stream()
            .filter(k -> k.startsWith(bucket + "/" + prefix))
            .map(k -> k.substring(bucket.length() + 1))
            .toList();
    xml.append("<KeyCount>").append(keys.size()).append("</KeyCount><MaxKeys>1000</MaxKeys>");
    xml.append("<IsTruncated>false</IsTruncated>");
    for (String k : keys) {
      xml.append("<Contents><Key>")
          .append(escape(k))
          .append("</Key><LastModified>2026-12-03T12:00:00.000Z</LastModified><Size>")
          .append(objects.get(bucket + "/" + k).length)
          .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
    }
    xml.append("</ListBucketResult>");
    xml(ex, 200, xml.toString());
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new TreeMap<>();
    if (raw != null) {
      for (String p : raw.split("&")) {
        int eq = p.indexOf('=');
        q.put(decode(eq < 0 ? p : p.substring(0, eq)), eq < 0 ? "" : decode(p.substring(eq + 1)));
      }
    }
    return q;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static void error(HttpExchange ex, int status, String type, String message)
      throws IOException {
    BedrockStandIn.send(ex, Reply.error(status, type, message));
  }

  /** An S3 reply: XML or empty. */
  private static void xml(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/xml");
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
