package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.bedrock.BedrockStandIn;
import dev.claudemigrate.bedrock.FakeClaude;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code samples/smoke/project.jsonl}: {@code migrate smoke samples/smoke/project}
 * recorded against the stand-in. It replays with no account, it is what smoke records today, and a
 * replay of a changed project fails on the first difference instead of answering in recorded order.
 * Regenerate: {@code ./mvnw -q test -Dtest=SampleProjectRecordingTest -DregenerateSamples=true}.
 */
class SampleProjectRecordingTest {
  static final Path PROJECT = Path.of("samples/smoke/project").toAbsolutePath();
  static final Path RECORDING = Path.of("samples/smoke/project.jsonl").toAbsolutePath();

  @TempDir Path dir;

  private CliRun replay(Path project, String... more) {
    List<String> args =
        new ArrayList<>(List.of("smoke", project.toString(), "--replay", RECORDING.toString()));
    args.addAll(List.of(more));
    return CliRun.run(dir, CliRun.nothing(dir), args.toArray(String[]::new));
  }

  /** A copy of the sample project with one file's text replaced. */
  private Path changed(String file, String from, String to) throws Exception {
    Path copy = dir.resolve("project");
    try (Stream<Path> all = Files.walk(PROJECT)) {
      for (Path p : all.toList()) {
        Path target = copy.resolve(PROJECT.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path f = copy.resolve(file);
    String text = Files.readString(f);
    assertTrue(text.contains(from), from);
    Files.writeString(f, text.replace(from, to));
    return copy;
  }

  @Test
  void theShippedRecordingReplaysEveryShapeWithoutAnAccount() {
    CliRun r = replay(PROJECT);

    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("5 passed, 0 failed, 0 not sent; 1 not smoke-tested"), r.out());
    assertTrue(r.err().contains("credentials: none (replay)"), r.err());
  }

  @Test
  void aChangedBodyFailsNamingTheFirstDifference() throws Exception {
    CliRun r = replay(changed("agent/agent.py", "\"max_tokens\": 4096", "\"max_tokens\": 2048"));

    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "replay: no recorded InvokeModel request matches: body max_tokens is 2048, recorded 4096"),
        r.out());
    assertTrue(r.out().contains("4 passed, 1 failed"), r.out());
  }

  @Test
  void aChangedModelFailsNamingTheModel() throws Exception {
    CliRun r =
        replay(
            changed(
                "orders/OrderAssistant.java",
                "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
                "us.anthropic.claude-sonnet-4-6"));

    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "replay: no recorded InvokeModel request matches: model us.anthropic.claude-sonnet-4-6"
                    + " was not recorded"),
        r.out());
  }

  @Test
  void theShippedRecordingIsWhatSmokeRecordsToday() throws Exception {
    boolean regenerate = Boolean.getBoolean("regenerateSamples");
    Path file = regenerate ? RECORDING : dir.resolve("fresh.jsonl");
    try (BedrockStandIn standIn = new BedrockStandIn().fallback(new FakeClaude())) {
      CliRun r =
          CliRun.against(
              dir, standIn.endpoint(), "smoke", PROJECT.toString(), "--record", file.toString());
      assertEquals(0, r.code(), r.out() + r.err());
    }

    assertEquals(
        Files.readString(file),
        Files.readString(RECORDING),
        "samples/smoke/project.jsonl is stale: regenerate it with -DregenerateSamples=true");
  }
}
