package dev.claudemigrate.engine.apply;

import static dev.claudemigrate.engine.apply.Fixtures.NEW_ID;
import static dev.claudemigrate.engine.apply.Fixtures.OLD_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer does at the edges: races, long names, leftovers of a killed run. */
class ApplyWriterEdgesTest {
  @TempDir Path dir;

  private ApplyPlan plan(String name) {
    SourceFile f = Fixtures.read(dir, name);
    return new ApplyPlanner()
        .plan(Fixtures.result(dir, List.of(new FileReport(f, Fixtures.modelIds(f)))));
  }

  @Test
  void aLineAppendedAfterTheBytesWereComparedIsNotLost() throws IOException {
    Path p = Files.writeString(dir.resolve("a.py"), "M = '" + OLD_ID + "'\n");
    ApplyPlan plan = plan("a.py");
    ApplyWriter racing =
        new ApplyWriter(
            target -> {
              try {
                Files.writeString(target, "# appended\n", StandardOpenOption.APPEND);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    ApplyWriter.Outcome out = racing.write(plan);
    assertTrue(out.written().isEmpty());
    assertEquals(
        "a.py: changed since it was read; not written (run apply again)",
        out.errors().get(0).toString());
    assertEquals("M = '" + OLD_ID + "'\n# appended\n", Files.readString(p));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left");
    }
  }

  @Test
  void aFileWhoseNameIsNearTheLimitIsRewritten() throws IOException {
    String name = "m".repeat(240) + ".py";
    Path p = Files.writeString(dir.resolve(name), "M = '" + OLD_ID + "'\n");
    ApplyWriter.Outcome out = new ApplyWriter().write(plan(name));
    assertEquals(List.of(), out.errors());
    assertEquals("M = '" + NEW_ID + "'\n", Files.readString(p));
  }

  @Test
  void temporaryFilesOfAKilledRunAreRemovedByTheNextOne() throws IOException {
    Files.writeString(dir.resolve("a.py"), "M = '" + OLD_ID + "'\n");
    Path leftover = Files.writeString(dir.resolve(".a.py.3141592653.claude-migrate.tmp"), "half");
    new ApplyWriter().write(plan("a.py"));
    assertFalse(Files.exists(leftover));
  }

  @Test
  void aReadOnlyFileIsNotWrittenUnlessAllowed() throws IOException {
    Path p = Files.writeString(dir.resolve("a.py"), "M = '" + OLD_ID + "'\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
    ApplyWriter.Outcome out = new ApplyWriter().write(plan("a.py"));
    assertEquals(
        "a.py: read-only (r--r--r--); not written (pass --allow-read-only)",
        out.errors().get(0).toString());
    assertEquals("M = '" + OLD_ID + "'\n", Files.readString(p));
    ApplyWriter.Outcome allowed = new ApplyWriter().allowReadOnly(true).write(plan("a.py"));
    assertEquals(List.of(), allowed.errors());
    assertEquals("M = '" + NEW_ID + "'\n", Files.readString(p));
  }
}
