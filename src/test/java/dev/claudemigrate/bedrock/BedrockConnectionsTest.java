package dev.claudemigrate.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

/** The HTTP side of the connections: keep-alive for concurrent calls, the client built aside. */
class BedrockConnectionsTest {

  @Test
  void moreCallsInFlightThanTheJdkKeepsAliveRaiseItsLimit() {
    assertEquals(Optional.of("16"), BedrockConnections.keepAliveSetting(null, 16));
  }

  @Test
  void aLimitTheUserSetIsKeptAndFiveCallsNeedNoChange() {
    assertEquals(Optional.empty(), BedrockConnections.keepAliveSetting("8", 16));
    assertEquals(Optional.empty(), BedrockConnections.keepAliveSetting(null, 5));
    assertEquals(Optional.empty(), BedrockConnections.keepAliveSetting(null, 1));
  }

  @Test
  void theClientBuiltAsideIsTheOneRequestsGoTo() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    SdkHttpClient real =
        new SdkHttpClient() {
          @Override
          public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            throw new IllegalStateException("reached the real client");
          }

          @Override
          public void close() {}
        };
    BackgroundHttpClient client =
        new BackgroundHttpClient(
            () -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return real;
            },
            "UrlConnection");
    assertEquals("UrlConnection", client.clientName(), "the name is known before the client");
    release.countDown();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> client.prepareRequest(null));
    assertEquals("reached the real client", e.getMessage());
  }

  @Test
  void aClientThatCannotBeBuiltFailsTheFirstRequestWithItsOwnError() {
    IllegalArgumentException cause = new IllegalArgumentException("no TLS for you");
    BackgroundHttpClient client =
        new BackgroundHttpClient(
            () -> {
              throw cause;
            },
            "UrlConnection");
    assertSame(
        cause, assertThrows(IllegalArgumentException.class, () -> client.prepareRequest(null)));
  }
}
