package dev.claudemigrate.bedrock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the tests that run against a fresh stand-in answering as {@link FakeClaude}. */
public abstract class StandInBase {
  protected StandInFixture fx;

  @BeforeEach
  void startStandIn() throws Exception {
    fx = new StandInFixture();
    fx.standIn.fallback(new FakeClaude());
  }

  @AfterEach
  void stopStandIn() {
    fx.close();
  }
}
