package dev.claudemigrate.bedrock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} that passes every request on and stores the exchange in a {@link
 * Recording}: operation, decoded path, query, the request headers that change the answer, JSON
 * body, status, the response headers that carry error names and latency, and the response body.
 * Request headers that carry credentials or signatures are never stored.
 */
public final class RecordingHttpClient implements SdkHttpClient {
  /**
   * Response headers kept: enough for the SDK to read errors and InvokeModel's latency again,
   * nothing about the caller.
   */
  static final List<String> KEPT_HEADERS =
      List.of(
          "Content-Type",
          "x-amzn-ErrorType",
          "x-amzn-RequestId",
          "X-Amzn-Bedrock-Invocation-Latency",
          "X-Amzn-Bedrock-Input-Token-Count",
          "X-Amzn-Bedrock-Output-Token-Count");

  private final SdkHttpClient delegate;
  private final Recording recording;

  public RecordingHttpClient(SdkHttpClient delegate, Recording recording) {
    this.delegate = delegate;
    this.recording = recording;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    byte[] body = requestBody(request);
    WireRequest wire = WireRequest.of(request.httpRequest(), body);
    HttpExecuteRequest copy =
        HttpExecuteRequest.builder()
            .request(request.httpRequest())
            .contentStreamProvider(
                request.contentStreamProvider().isPresent()
                    ? ContentStreamProvider.fromByteArray(body)
                    : null)
            .metricCollector(request.metricCollector().orElse(null))
            .build();
    ExecutableHttpRequest inner = delegate.prepareRequest(copy);
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        HttpExecuteResponse r = inner.call();
        byte[] responseBody =
            r.responseBody().isPresent() ? readAll(r.responseBody().get()) : new byte[0];
        recording.add(exchange(wire, r.httpResponse(), responseBody));
        return HttpExecuteResponse.builder()
            .response(r.httpResponse())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(responseBody)))
            .build();
      }

      @Override
      public void abort() {
        inner.abort();
      }
    };
  }

  static Exchange exchange(WireRequest wire, SdkHttpResponse response, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : KEPT_HEADERS) {
      response.firstMatchingHeader(name).ifPresent(v -> headers.put(name, v));
    }
    // An endpoint may quote the signed request back; credentials never reach the file.
    String text = Redaction.redact(new String(body, StandardCharsets.UTF_8));
    var json = Json.parse(text);
    return new Exchange(
        wire.operation(),
        wire.resource(),
        wire.method(),
        wire.path(),
        wire.query(),
        wire.headers(),
        wire.body(),
        response.statusCode(),
        headers,
        json.orElse(null),
        json.isPresent() ? null : text);
  }

  static byte[] requestBody(HttpExecuteRequest request) {
    if (request.contentStreamProvider().isEmpty()) {
      return new byte[0];
    }
    try (InputStream in = request.contentStreamProvider().get().newStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readAll(AbortableInputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  @Override
  public String clientName() {
    return "Recording(" + delegate.clientName() + ")";
  }

  @Override
  public void close() {
    delegate.close();
  }
}
