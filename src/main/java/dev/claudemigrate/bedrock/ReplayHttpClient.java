package dev.claudemigrate.bedrock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} that answers from a recording and never opens a connection. A request
 * gets the first unused exchange with the same operation, resource, query and JSON body (key order
 * ignored); failing that, the next unused exchange of the same operation (counted in {@link
 * #fallbacks()}); failing that, a {@link ReplayMismatchException}.
 */
public final class ReplayHttpClient implements SdkHttpClient {
  private final List<Exchange> unused;
  private int fallbacks;

  public ReplayHttpClient(List<Exchange> exchanges) {
    this.unused = new ArrayList<>(exchanges);
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    WireRequest wire =
        WireRequest.of(request.httpRequest(), RecordingHttpClient.requestBody(request));
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        Exchange e = take(wire);
        SdkHttpResponse.Builder response = SdkHttpResponse.builder().statusCode(e.status());
        e.headers().forEach(response::putHeader);
        return HttpExecuteResponse.builder()
            .response(response.build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(e.responseBytes())))
            .build();
      }

      @Override
      public void abort() {}
    };
  }

  private synchronized Exchange take(WireRequest wire) throws ReplayMismatchException {
    Optional<Exchange> exact = unused.stream().filter(e -> e.sameRequest(wire)).findFirst();
    Optional<Exchange> chosen =
        exact.or(
            () -> unused.stream().filter(e -> e.operation().equals(wire.operation())).findFirst());
    if (chosen.isEmpty()) {
      throw new ReplayMismatchException(
          "the recording has no unused " + wire.operation() + " exchange for " + wire.path());
    }
    if (exact.isEmpty()) {
      fallbacks++;
    }
    unused.remove(chosen.get());
    return chosen.get();
  }

  /** How many requests were answered in recorded order because no exchange matched them exactly. */
  public synchronized int fallbacks() {
    return fallbacks;
  }

  @Override
  public String clientName() {
    return "Replay";
  }

  @Override
  public void close() {}

  /** No recorded exchange can answer a request. */
  public static final class ReplayMismatchException extends IOException {
    private static final long serialVersionUID = 1L;

    ReplayMismatchException(String message) {
      super(message);
    }
  }
}
