package dev.claudemigrate.bedrock;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * An {@link SdkHttpClient} built on a thread of its own, so that its set-up runs while the command
 * does other work. Building the URL-connection client loads the JDK's trust store (about 150
 * certificates parsed and hashed), which was the largest single piece of eval's start; the SDK
 * clients, the dataset and the list of calls are made meanwhile, and the first request waits for it
 * only if it is not done yet.
 */
final class BackgroundHttpClient implements SdkHttpClient {
  private final CompletableFuture<SdkHttpClient> client;
  private final String name;

  /**
   * @param build makes the real client
   * @param name the real client's name (the SDK asks for it while building its clients, before this
   *     one need be ready)
   */
  BackgroundHttpClient(Supplier<SdkHttpClient> build, String name) {
    this.client =
        CompletableFuture.supplyAsync(
            build,
            task -> {
              Thread t = new Thread(task, "http-client-setup");
              t.setDaemon(true);
              t.start();
            });
    this.name = name;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return ready().prepareRequest(request);
  }

  @Override
  public String clientName() {
    return name;
  }

  @Override
  public void close() {
    ready().close();
  }

  /** The real client, once built; its set-up failure is thrown as it was. */
  private SdkHttpClient ready() {
    try {
      return client.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
