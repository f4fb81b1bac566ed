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
 * An {@link SdkHttpClient} that answers from a recording and never opens a connection. A request is
 * answered by content, never by position: the first unused exchange with the same operation, model
 * or resource, query, headers that matter and JSON body (key order ignored). Identical requests get
 * their recorded answers in recorded order, so a throttled attempt and its retry replay as they
 * happened. A request the recording does not hold fails with a {@link ReplayMismatchException}
 * whose one line names the first difference from the closest recorded request.
 */
public final class ReplayHttpClient implements SdkHttpClient {
  private final List<Exchange> all;
  private final List<Exchange> unused;

  public ReplayHttpClient(List<Exchange> exchanges) {
    this.all = List.copyOf(exchanges);
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
    if (exact.isPresent()) {
      unused.remove(exact.get());
      return exact.get();
    }
    throw new ReplayMismatchException(ReplayDifference.explain(wire, all, unused));
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
