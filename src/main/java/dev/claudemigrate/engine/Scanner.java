package dev.claudemigrate.engine;

import dev.claudemigrate.engine.files.FastFolders;
import dev.claudemigrate.engine.files.FileSink;
import dev.claudemigrate.engine.files.FileWalker;
import dev.claudemigrate.engine.files.Walk;
import dev.claudemigrate.engine.files.WalkOptions;
import dev.claudemigrate.engine.files.WalkedFile;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.ScanStats;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.NativeLibraries;
import dev.claudemigrate.engine.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Scans a tree: walks the files, reads each once, skips files with no rule's trigger string, runs
 * the enabled rules in parallel, applies suppressions, and returns one {@link MigrationResult}.
 *
 * <p>A rule runs on a file only when one of its own {@link Rule#triggers} occurs in the file's
 * bytes; a rule with no triggers never runs. Files too large or symbolic links out of the root are
 * reported in {@link MigrationResult#warnings()} as {@code path: skipped: reason}.
 */
public final class Scanner {
  private final List<Rule> rules;

  /** The platform's cheaper listing and opening of files (docs/adr/0105), or null. */
  private final FastFolders folders;

  public Scanner(List<Rule> rules) {
    this(rules, null);
  }

  /** A scanner that walks through {@code folders} where it can (null: the JDK's way alone). */
  public Scanner(List<Rule> rules, FastFolders folders) {
    this.rules = List.copyOf(rules);
    this.folders = folders;
  }

  /** Scans {@code request.root()}; unreadable files become {@link FileError}s, never exceptions. */
  public MigrationResult scan(ScanRequest request) {
    return scan(request, ScanProgress.NONE);
  }

  /** Scans {@code request.root()}, telling {@code progress} how far it is, batch by batch. */
  public MigrationResult scan(ScanRequest request, ScanProgress progress) {
    long started = System.nanoTime();
    NativeLibraries.prepare(); // a home that cannot be written fails here, once, in one line
    List<Rule> enabled = enabledRules(request);
    RuleContext probeCtx = context(request, Optional.empty());
    WalkOptions walkOptions = walkOptions(request);
    FileScan work =
        new FileScan(
            enabled,
            new Prefilter(enabled, probeCtx),
            request.severities(),
            walkOptions.maxFileSize(),
            request.encodings());
    try (Workers workers = new Workers(request.threads())) {
      Reading reading = new Reading(work, progress);
      Walk walk;
      try {
        walk =
            FileWalker.handOver(
                request.root(), walkOptions, request.threads(), reading::add, folders);
      } catch (IOException | RuntimeException e) {
        return unreadableRoot(request, e, started);
      }
      progress.walked(walk.fileCount());
      FileScan.Probe[] probes = reading.probes();
      int n = probes.length;
      ProjectSurvey.Survey survey = ProjectSurvey.of(probes, work, probeCtx, workers);
      List<SourceFile> decoded = survey.decoded();
      RuleContext ctx =
          new RuleContext(request.catalog(), request.target(), request.settings(), survey.facts());
      CheckOrder.Plan plan =
          CheckOrder.of(
              IntStream.range(0, n).filter(i -> probes[i].needsCheck()).toArray(),
              i -> probes[i].bytes().length,
              request.threads());
      int[] todo = plan.order();
      FileScan.Checked[] checked = new FileScan.Checked[n];
      progress.checking(todo.length);
      workers.forEach(
          plan.slices(),
          s -> {
            int start = plan.starts()[s];
            int end = plan.starts()[s + 1];
            for (int k = start; k < end; k++) {
              int i = todo[k];
              // The survey's decoded file, if any, let go of as it is handed to the check.
              checked[i] = work.check(probes[i], ctx, decoded.set(i, null));
              probes[i] = dropBytes(probes[i]);
            }
            progress.checked(end - start);
          });
      return assemble(request, walk, probes, checked, reading.otherBytes(), millisSince(started));
    }
  }

  /**
   * Reads and prefilters each file on the walk thread that found it, while its folder is open
   * (docs/adr/0086): no hand-off between threads, and the open is relative to the folder. Progress
   * is told in batches of 64 files, not per file. Only probes that matter after the walk are kept;
   * of the others (most files: read, nothing found) only the byte count (docs/adr/0097).
   */
  private static final class Reading {
    private static final int BATCH = 64;
    private final FileScan work;
    private final ScanProgress progress;
    private final Queue<FileScan.Probe> kept = new ConcurrentLinkedQueue<>();
    private final LongAdder otherBytes = new LongAdder();
    private final AtomicInteger count = new AtomicInteger();

    Reading(FileScan work, ScanProgress progress) {
      this.work = work;
      this.progress = progress;
    }

    void add(WalkedFile f, FileSink.Opener open) {
      FileScan.Probe p = work.probe(f, open, otherBytes); // null: nothing in it, bytes counted
      if (p != null && p.mattersLater()) {
        kept.add(p);
      } else if (p != null) {
        otherBytes.add(p.bytesRead());
      }
      if (count.incrementAndGet() % BATCH == 0) {
        progress.read(BATCH);
      }
    }

    /** The probes that matter after the walk, sorted by path (the walk's order of its files). */
    FileScan.Probe[] probes() {
      int rest = count.get() % BATCH;
      if (rest > 0) {
        progress.read(rest);
      }
      FileScan.Probe[] probes = kept.toArray(new FileScan.Probe[0]);
      Arrays.sort(probes, Comparator.comparing(p -> p.file().path()));
      return probes;
    }

    /** The bytes read of the files whose probes were not kept. */
    long otherBytes() {
      return otherBytes.sum();
    }
  }

  private static MigrationResult unreadableRoot(ScanRequest request, Exception e, long started) {
    FileError error =
        new FileError(request.root().toString(), "cannot read: " + FileScan.reason(e));
    return new MigrationResult(
        request.root(),
        request.target().name(),
        List.of(),
        List.of(error),
        List.of(),
        List.of(),
        new ScanStats(0, 0, 0, 0, millisSince(started)));
  }

  /**
   * The rule ids of {@code request} that name no rule of this scanner (for a warning by the
   * caller).
   */
  public Set<String> unknownRuleIds(ScanRequest request) {
    Set<String> known = new TreeSet<>();
    rules.forEach(r -> known.add(r.id()));
    Set<String> unknown = new TreeSet<>();
    request.enabledRules().forEach(unknown::add);
    request.disabledRules().forEach(unknown::add);
    unknown.addAll(request.severities().keySet());
    request.ignores().forEach(s -> unknown.add(s.ruleId()));
    unknown.remove("*");
    unknown.removeAll(known);
    return unknown;
  }

  private List<Rule> enabledRules(ScanRequest request) {
    return rules.stream()
        .filter(r -> request.enabledRules().isEmpty() || request.enabledRules().contains(r.id()))
        .filter(r -> !request.disabledRules().contains(r.id()))
        .toList();
  }

  private static RuleContext context(ScanRequest request, Optional<String> region) {
    return new RuleContext(request.catalog(), request.target(), request.settings(), region);
  }

  private static WalkOptions walkOptions(ScanRequest request) {
    return new WalkOptions(
        request.includes(),
        request.excludes(),
        request.useIgnoreFiles(),
        true,
        request.maxFileSize());
  }

  private static FileScan.Probe dropBytes(FileScan.Probe p) {
    return new FileScan.Probe(p.file(), null, p.hit(), p.region(), p.error(), p.bytesRead());
  }

  private static MigrationResult assemble(
      ScanRequest request,
      Walk walk,
      FileScan.Probe[] probes,
      FileScan.Checked[] checked,
      long otherBytes,
      long millis) {
    SuppressionFilter suppressions = new SuppressionFilter(request.ignores());
    boolean named = !Files.isDirectory(request.root());
    List<FileReport> reports = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    int matched = 0;
    int parsed = 0;
    long bytes = otherBytes;
    for (int i = 0; i < probes.length; i++) {
      FileScan.Probe p = probes[i];
      bytes += p.bytesRead();
      if (p.error() != null) {
        errors.add(p.error());
      } else if (p.hit() == null && named) {
        // In a tree, binary files are not code and go unmentioned; a file the user named does not.
        errors.add(
            new FileError(p.file().path(), "not scanned: binary (a NUL byte in the first 8 KiB)"));
      }
      matched += p.hit() != null && p.hit().anyRule() ? 1 : 0;
      FileScan.Checked c = checked[i];
      if (c == null) {
        continue;
      }
      errors.addAll(c.errors());
      parsed += c.parsed() ? 1 : 0;
      List<Finding> kept = suppressions.filter(p.file().path(), c.findings(), c.inline());
      if (!kept.isEmpty()) {
        reports.add(new FileReport(c.source(), kept));
      }
    }
    reports.sort(Comparator.comparing(FileReport::path));
    errors.sort(Comparator.comparing(FileError::path));
    List<String> warnings = walk.skipped().stream().map(Walk.Skipped::toString).toList();
    walk.unreadable().forEach(u -> errors.add(new FileError(u.path(), u.reason())));
    errors.sort(Comparator.comparing(FileError::path));
    int seen = walk.fileCount() + walk.skipped().size() + walk.unreadable().size();
    return new MigrationResult(
        request.root(),
        request.target().name(),
        reports,
        errors,
        suppressions.unused(),
        warnings,
        new ScanStats(seen, matched, parsed, bytes, millis));
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }
}
