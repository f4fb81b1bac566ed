package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.bedrock.BedrockStandIn;
import dev.claudemigrate.eval.EvalStandInModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file the tool writes besides sources (-o, --patch, --report, eval outputs) is replaced by a
 * rename, keeps an existing file's mode, follows the umask when new, and is written through a
 * symbolic link.
 */
class ReportWritesTest {
  @TempDir Path tmp;

  private Path project() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("p/app"));
    Files.writeString(
        root.resolve("client.py"),
        "MODEL = \"anthropic.claude-3-5-sonnet-20241022-v2:0\"\nPROMPT = \"think step by step\"\n");
    return tmp.resolve("p");
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private String umaskMode() throws IOException {
    return mode(Files.createFile(tmp.resolve("umask-reference")));
  }

  private static Object inode(Path p) throws IOException {
    return Files.getAttribute(p, "unix:ino");
  }

  @Test
  void scanOutputKeepsAnExistingModeAndANewOneFollowsTheUmask() throws IOException {
    project();
    Path shared = Files.writeString(tmp.resolve("shared.sarif"), "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
    CliRun run = CliRun.run(tmp, Map.of(), "scan", "p", "--format", "sarif", "-o", "shared.sarif");
    assertEquals(1, run.code(), run.err());
    assertEquals("rw-r--r--", mode(shared));
    assertTrue(Files.readString(shared).contains("\"runs\""));

    CliRun fresh = CliRun.run(tmp, Map.of(), "scan", "p", "--format", "json", "-o", "new.json");
    assertEquals(1, fresh.code(), fresh.err());
    assertEquals(umaskMode(), mode(tmp.resolve("new.json")));
  }

  @Test
  void scanOutputGoesThroughASymbolicLink() throws IOException {
    project();
    Path real =
        Files.writeString(Files.createDirectories(tmp.resolve("reports")).resolve("r.json"), "old");
    Path link = Files.createSymbolicLink(tmp.resolve("latest.json"), real);
    CliRun run = CliRun.run(tmp, Map.of(), "scan", "p", "--format", "json", "-o", "latest.json");
    assertEquals(1, run.code(), run.err());
    assertTrue(Files.isSymbolicLink(link));
    assertTrue(Files.readString(real).contains("\"findings\""), Files.readString(real));
  }

  @Test
  void patchAndReportReplaceTheOldFileByARenameAndKeepItsMode() throws IOException {
    project();
    Path patch = Files.writeString(tmp.resolve("m.patch"), "old patch");
    Path report = Files.writeString(tmp.resolve("m.md"), "old report");
    Files.setPosixFilePermissions(patch, PosixFilePermissions.fromString("rw-rw-r--"));
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r--r--"));
    Object patchInode = inode(patch);
    Object reportInode = inode(report);

    CliRun run =
        CliRun.run(
            tmp,
            Map.of(),
            "apply",
            "p",
            "--patch",
            "m.patch",
            "--report",
            "m.md",
            "--profile-prefix",
            "us");
    assertEquals(0, run.code(), run.err());
    assertTrue(Files.readString(patch).startsWith("diff --git"), Files.readString(patch));
    assertTrue(Files.readString(report).contains("## Changes"), Files.readString(report));
    assertNotEquals(patchInode, inode(patch), "a reader of the old patch keeps the old bytes");
    assertNotEquals(reportInode, inode(report));
    assertEquals("rw-rw-r--", mode(patch));
    assertEquals("rw-r--r--", mode(report));
  }

  @Test
  void evalReportsAndResultsFollowTheUmaskAndKeepModes() throws Exception {
    try (BedrockStandIn standIn = new BedrockStandIn()) {
      standIn.fallback(EvalStandInModels.sample());
      Path out = Files.createDirectories(tmp.resolve("out"));
      Path md = Files.writeString(out.resolve("report.md"), "old");
      Files.setPosixFilePermissions(md, PosixFilePermissions.fromString("rw-r--r--"));
      CliRun run =
          CliRun.run(
              tmp,
              CliRun.keys(tmp),
              "eval",
              "--dataset",
              EvalSampleRecordingTest.SAMPLES.resolve("dataset.jsonl").toString(),
              "--baseline",
              EvalSampleRecordingTest.BASELINE,
              "--candidate",
              EvalSampleRecordingTest.CANDIDATE,
              "--region",
              "us-east-1",
              "--endpoint-url",
              standIn.endpoint().toString(),
              "--out",
              "out");
      assertEquals(0, run.code(), run.err());
      assertEquals("rw-r--r--", mode(md));
      String umask = umaskMode();
      for (String f : List.of("report.json", "junit.xml", "report.html", "results.jsonl")) {
        assertEquals(umask, mode(out.resolve(f)), f);
      }
    }
  }
}
