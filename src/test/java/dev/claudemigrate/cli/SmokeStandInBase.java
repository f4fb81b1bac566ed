package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.BedrockStandIn;
import dev.claudemigrate.bedrock.FakeClaude;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the {@code migrate smoke} command tests: a fresh stand-in answering as FakeClaude. */
abstract class SmokeStandInBase {
  @TempDir Path dir;
  BedrockStandIn standIn;

  @BeforeEach
  void startStandIn() throws Exception {
    standIn = new BedrockStandIn().fallback(new FakeClaude());
  }

  @AfterEach
  void stopStandIn() {
    standIn.close();
  }

  /** {@code migrate smoke --endpoint-url STAND-IN args...} with static keys, in {@link #dir}. */
  CliRun smoke(String... args) {
    return CliRun.against(dir, standIn.endpoint(), "smoke", args);
  }
}
