package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results file of {@code migrate eval}: paid-for results are never thrown away. */
class EvalResultsTest {
  static final Path SAMPLES = EvalSampleRecordingTest.SAMPLES;

  @TempDir Path dir;

  private CliRun replay(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "eval",
                "--dataset",
                SAMPLES.resolve("dataset.jsonl").toString(),
                "--baseline",
                EvalSampleRecordingTest.BASELINE,
                "--candidate",
                EvalSampleRecordingTest.CANDIDATE,
                "--replay",
                SAMPLES.resolve("recording.jsonl").toString(),
                "--region",
                "us-east-1",
                "--out",
                "out",
                "--format",
                "json"));
    args.addAll(List.of(extra));
    return CliRun.run(dir, CliRun.nothing(dir), args.toArray(String[]::new));
  }

  @Test
  void aLineTornInsideAMultiByteCharacterIsDroppedAndTheRestResumed() throws Exception {
    assertEquals(0, replay().code());
    Path results = dir.resolve("out/results.jsonl");
    byte[] whole = Files.readAllBytes(results);
    // Keep 3 whole lines, then half of a fourth that ends inside "é" (0xc3 0xa9).
    int cut = 0;
    for (int lines = 0; lines < 3; cut++) {
      lines += whole[cut] == '\n' ? 1 : 0;
    }
    byte[] kept = Arrays.copyOf(whole, cut);
    byte[] torn = new byte[cut + 11];
    System.arraycopy(kept, 0, torn, 0, cut);
    System.arraycopy("{\"id\":\"x\u00e9".getBytes(StandardCharsets.UTF_8), 0, torn, cut, 10);
    torn[cut + 10] = (byte) 0xc3;
    Files.write(results, torn);

    CliRun resumed = replay("--resume");
    assertEquals(0, resumed.code(), resumed.err());
    assertTrue(resumed.err().contains("3 already done (resumed)"), resumed.err());
    String text = Files.readString(results);
    assertTrue(text.startsWith(new String(kept, StandardCharsets.UTF_8)), "kept lines stay first");
    assertTrue(text.endsWith("\n") && !text.contains("{\"id\":\"x"), text);
  }

  @Test
  void existingResultsAreNotEmptiedWithoutBeingAsked() throws Exception {
    assertEquals(0, replay().code());
    Path results = dir.resolve("out/results.jsonl");
    byte[] before = Files.readAllBytes(results);
    CliRun again = replay();
    assertEquals(2, again.code(), again.err());
    assertEquals(
        "migrate eval: "
            + results
            + ": holds 44 results of an earlier run; pass --resume to keep them or --overwrite"
            + " to start over\n",
        again.errAfterTarget());
    assertArrayEquals(before, Files.readAllBytes(results));
    CliRun over = replay("--overwrite");
    assertEquals(0, over.code(), over.err());
  }

  @Test
  void resultsThatCannotBeWrittenAreExitThree() throws Exception {
    Files.createDirectories(dir.resolve("out/results.jsonl"));
    CliRun run = replay();
    assertEquals(3, run.code(), run.err());
    assertEquals(1, run.errCount("results.jsonl"), run.err());
    assertTrue(run.err().contains("migrate eval: " + dir.resolve("out/results.jsonl")), run.err());
    assertTrue(!run.err().contains("\tat "), run.err());
  }
}
