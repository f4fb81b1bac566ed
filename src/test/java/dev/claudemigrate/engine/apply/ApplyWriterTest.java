package dev.claudemigrate.engine.apply;

import static dev.claudemigrate.engine.apply.Fixtures.NEW_ID;
import static dev.claudemigrate.engine.apply.Fixtures.OLD_ID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyWriterTest {
  @TempDir Path dir;

  private static byte[] bytes(byte[] prefix, String text, Charset cs) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(prefix);
    out.write(text.getBytes(cs));
    return out.toByteArray();
  }

  /** Writes {@code content}, plans the model-id rewrite from a real read, and writes the plan. */
  private ApplyWriter.Outcome rewrite(String name, byte[] content) throws IOException {
    Files.write(dir.resolve(name), content);
    SourceFile f = Fixtures.read(dir, name);
    ApplyPlan plan =
        new ApplyPlanner()
            .plan(Fixtures.result(dir, List.of(new FileReport(f, Fixtures.modelIds(f)))));
    assertEquals(1, plan.changes().size());
    return new ApplyWriter().write(plan);
  }

  private static byte[] expectedAfter(byte[] prefix, String text, Charset cs) throws IOException {
    return bytes(prefix, text.replace(OLD_ID, NEW_ID), cs);
  }

  @Test
  void keepsUtf8BomCrlfAndMissingFinalNewline() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    String text = "model: " + OLD_ID + "\r\nother: ü\r\nlast: " + OLD_ID;
    ApplyWriter.Outcome out = rewrite("a.yaml", bytes(bom, text, StandardCharsets.UTF_8));
    assertEquals(1, out.written().size());
    assertArrayEquals(
        expectedAfter(bom, text, StandardCharsets.UTF_8),
        Files.readAllBytes(dir.resolve("a.yaml")));
  }

  @Test
  void keepsUtf16WithItsBom() throws IOException {
    byte[] bom = {(byte) 0xff, (byte) 0xfe};
    String text = "{\"model\": \"" + OLD_ID + "\"}\n";
    rewrite("a.json", bytes(bom, text, StandardCharsets.UTF_16LE));
    assertArrayEquals(
        expectedAfter(bom, text, StandardCharsets.UTF_16LE),
        Files.readAllBytes(dir.resolve("a.json")));
  }

  @Test
  void keepsPermissionsOfAnExecutableScript() throws IOException {
    String text = "#!/usr/bin/env python3\nM = '" + OLD_ID + "'\n";
    Path p = dir.resolve("run.py");
    Files.writeString(p, text);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-x---"));
    rewrite("run.py", text.getBytes(StandardCharsets.UTF_8));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
    assertEquals(text.replace(OLD_ID, NEW_ID), Files.readString(p));
  }

  @Test
  void aFileChangedSinceItWasReadIsNotWritten() throws IOException {
    Path p = dir.resolve("a.py");
    Files.writeString(p, "M = '" + OLD_ID + "'\n");
    SourceFile f = Fixtures.read(dir, "a.py");
    ApplyPlan plan =
        new ApplyPlanner()
            .plan(Fixtures.result(dir, List.of(new FileReport(f, Fixtures.modelIds(f)))));
    Files.writeString(p, "M = '" + OLD_ID + "'  # edited meanwhile\n");
    ApplyWriter.Outcome out = new ApplyWriter().write(plan);
    assertTrue(out.written().isEmpty());
    assertEquals(
        "a.py: changed since it was read; not written (run apply again)",
        out.errors().get(0).toString());
    assertEquals("M = '" + OLD_ID + "'  # edited meanwhile\n", Files.readString(p));
  }

  @Test
  void writesThroughASymlinkAndLeavesNoTemporaryFiles() throws IOException {
    Path real = dir.resolve("real.py");
    Files.writeString(real, "M = '" + OLD_ID + "'\n");
    Files.createSymbolicLink(dir.resolve("link.py"), real.getFileName());
    rewrite("link.py", Files.readAllBytes(real));
    assertTrue(Files.isSymbolicLink(dir.resolve("link.py")));
    assertEquals("M = '" + NEW_ID + "'\n", Files.readString(real));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(
          List.of("link.py", "real.py"),
          files.map(x -> x.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aFailureOnOneFileDoesNotStopTheOthers() throws IOException {
    Files.writeString(dir.resolve("a.py"), "A = '" + OLD_ID + "'\n");
    Files.writeString(dir.resolve("b.py"), "B = '" + OLD_ID + "'\n");
    SourceFile a = Fixtures.read(dir, "a.py");
    SourceFile b = Fixtures.read(dir, "b.py");
    ApplyPlan plan =
        new ApplyPlanner()
            .plan(
                Fixtures.result(
                    dir,
                    List.of(
                        new FileReport(a, Fixtures.modelIds(a)),
                        new FileReport(b, Fixtures.modelIds(b)))));
    Files.delete(dir.resolve("a.py"));
    ApplyWriter.Outcome out = new ApplyWriter().write(plan);
    assertEquals(List.of("b.py"), out.written().stream().map(FileChange::path).toList());
    assertEquals("a.py", out.errors().get(0).path());
    assertTrue(out.errors().get(0).reason().startsWith("not written: "));
  }
}
