package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.MigrationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scan tells its progress listener: every file counted once, in batches, not per file. */
class ScanProgressTest {
  private static final Catalog CATALOG = Catalog.builtin();
  @TempDir Path root;

  /** Counts what it hears, and how often it is called. */
  private static final class Counting implements ScanProgress {
    final AtomicInteger read = new AtomicInteger();
    final AtomicInteger readCalls = new AtomicInteger();
    final AtomicInteger walked = new AtomicInteger(-1);
    final AtomicInteger checking = new AtomicInteger(-1);
    final AtomicInteger checked = new AtomicInteger();
    final AtomicInteger checkedCalls = new AtomicInteger();

    @Override
    public void read(int files) {
      read.addAndGet(files);
      readCalls.incrementAndGet();
    }

    @Override
    public void walked(int files) {
      walked.set(files);
    }

    @Override
    public void checking(int files) {
      assertEquals(walked.get(), read.get(), "every file is read before the rules check");
      checking.set(files);
    }

    @Override
    public void checked(int files) {
      checked.addAndGet(files);
      checkedCalls.incrementAndGet();
    }
  }

  private MigrationResult scan(int files, int withModel, int threads, Counting progress)
      throws IOException {
    for (int i = 0; i < files; i++) {
      Files.writeString(
          root.resolve("f" + i + ".py"),
          i < withModel ? "MODEL = \"anthropic.claude-3-5-sonnet-20241022-v2:0\"\n" : "x = 1\n");
    }
    FakeRule rule = new FakeRule("old", "anthropic.claude-3-5-sonnet");
    ScanRequest defaults =
        ScanRequest.defaults(root, CATALOG, CATALOG.target("sonnet-4").orElseThrow());
    ScanRequest request =
        new ScanRequest(
            defaults.root(),
            defaults.includes(),
            defaults.excludes(),
            defaults.useIgnoreFiles(),
            defaults.enabledRules(),
            defaults.disabledRules(),
            defaults.severities(),
            defaults.ignores(),
            defaults.settings(),
            defaults.catalog(),
            defaults.target(),
            threads);
    return new Scanner(List.of(rule)).scan(request, progress);
  }

  @Test
  void everyFileIsCountedOnceInBatches() throws IOException {
    Counting progress = new Counting();
    MigrationResult result = scan(1000, 400, 4, progress);

    assertEquals(1000, progress.walked.get());
    assertEquals(1000, progress.read.get());
    assertEquals(400, progress.checking.get());
    assertEquals(400, progress.checked.get());
    assertEquals(400, result.findings().size());
    assertEquals(16, progress.readCalls.get(), "one count per batch of 64 files read");
    assertTrue(
        progress.checkedCalls.get() <= 400 / 12 + 1,
        "one count per slice of checked files: " + progress.checkedCalls.get());
  }

  @Test
  void aFewFilesAreCheckedOneByOneSoThreadsShareThem() throws IOException {
    Counting progress = new Counting();
    scan(5, 5, 2, progress);
    assertEquals(5, progress.read.get());
    assertEquals(5, progress.checked.get());
    assertEquals(5, progress.checkedCalls.get(), "slices of one: two threads share five files");
  }
}
