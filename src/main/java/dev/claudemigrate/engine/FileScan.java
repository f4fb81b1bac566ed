package dev.claudemigrate.engine;

import dev.claudemigrate.engine.files.Encodings;
import dev.claudemigrate.engine.files.FileContents;
import dev.claudemigrate.engine.files.FileSink;
import dev.claudemigrate.engine.files.WalkedFile;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.NativeLibraryException;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The work a scan does on one file, in two steps that may run on any thread: {@link #probe} reads
 * the bytes once and runs the prefilter; {@link #check} decodes, parses lazily and runs the rules
 * that triggered. Every failure becomes a {@link FileError} for that file alone.
 */
final class FileScan {
  /** One read buffer per scan thread, so reading 60,000 files does not allocate 60,000 arrays. */
  private final ThreadLocal<ReadBuffer> readBuffer = ThreadLocal.withInitial(ReadBuffer::new);

  private final List<Rule> rules;
  private final Prefilter prefilter;
  private final Map<String, Severity> severities;
  private final long maxFileSize;
  private final Encodings encodings;

  FileScan(
      List<Rule> rules,
      Prefilter prefilter,
      Map<String, Severity> severities,
      long maxFileSize,
      Encodings encodings) {
    this.rules = List.copyOf(rules);
    this.prefilter = prefilter;
    this.severities = Map.copyOf(severities);
    this.maxFileSize = maxFileSize;
    this.encodings = encodings;
  }

  /**
   * A file after reading and prefiltering.
   *
   * @param bytes the content, kept only when the file must be checked
   * @param hit what the prefilter saw (null when the file was not read or is binary)
   * @param region a region the file states, if it was searched for one
   * @param error why it could not be read, or null
   */
  record Probe(
      WalkedFile file,
      byte[] bytes,
      Prefilter.Hit hit,
      Optional<String> region,
      FileError error,
      long bytesRead) {
    boolean needsCheck() {
      return bytes != null;
    }

    /**
     * Whether anything after the walk needs this probe beyond its byte count: an error, a binary
     * file, a rule's trigger, a region or bytes to check. Most files were read and hold none.
     */
    boolean mattersLater() {
      return error != null || hit == null || hit.anyRule() || bytes != null || region.isPresent();
    }
  }

  /** A checked file: its findings (before suppressions), inline suppressions and errors. */
  record Checked(
      SourceFile source,
      List<Finding> findings,
      List<Suppression> inline,
      List<FileError> errors,
      boolean parsed) {}

  /**
   * Reads {@code f}, opened with {@code open}, and prefilters it. Null for a file read that holds
   * nothing that matters later ({@link Probe#mattersLater}: most files of a scan), its length then
   * added to {@code bytesRead}: no probe made for each of 100,000 files only to be counted.
   */
  Probe probe(WalkedFile f, FileSink.Opener open, LongAdder bytesRead) {
    ReadBuffer buffer = readBuffer.get();
    int length;
    try {
      length = buffer.read(open, f.size(), maxFileSize);
    } catch (FileSink.TooLarge e) {
      throw e; // the walk lists the file as skipped, as one it found too large by its size
    } catch (IOException | RuntimeException e) {
      return new Probe(
          f, null, null, Optional.empty(), new FileError(f.path(), "cannot read: " + reason(e)), 0);
    }
    Prefilter.Hit hit = prefilter.probe(buffer.bytes(), length);
    boolean keep = hit.anyRule() || hit.marker();
    boolean regionSearch =
        hit.regionWord() && (hit.anyRule() || ProjectRegion.isSearched(f.language()));
    if (!keep && !regionSearch && !hit.nul()) {
      bytesRead.add(length); // most files: nothing copied, nothing kept (no rule's trigger)
      return null;
    }
    byte[] bytes = Arrays.copyOf(buffer.bytes(), length);
    if (hit.nul() && FileContents.isBinary(bytes)) {
      return new Probe(f, null, null, Optional.empty(), null, length);
    }
    Optional<String> region = Optional.empty();
    if (regionSearch) {
      region =
          ProjectRegion.probe(
              f.language(), new String(bytes, StandardCharsets.ISO_8859_1), hit.anyRule());
    }
    return new Probe(f, keep ? bytes : null, hit, region, null, length);
  }

  /** The kept file {@code p} decoded as {@link #check} decodes it; throws as decoding does. */
  SourceFile source(Probe p) throws CharacterCodingException {
    WalkedFile f = p.file();
    return SourceFiles.of(
        f.absolutePath(), f.path(), f.language(), encodings.decode(f.path(), p.bytes()));
  }

  Checked check(Probe p, RuleContext ctx) {
    return check(p, ctx, null);
  }

  /**
   * Checks {@code p}; {@code decoded} is the file as {@link #source} gave it earlier in the scan
   * (the project survey decodes some files first), or null.
   */
  Checked check(Probe p, RuleContext ctx, SourceFile decoded) {
    WalkedFile f = p.file();
    SourceFile file;
    try {
      file = decoded != null ? decoded : source(p);
      if (f.language() == Language.NOTEBOOK) {
        file.contextAt(0); // a broken notebook is an error of the file, not of a rule
      }
    } catch (CharacterCodingException e) {
      return failed(new FileError(f.path(), undecodable(f.path(), encodings.forPath(f.path()))));
    } catch (RuntimeException e) {
      return failed(new FileError(f.path(), reason(e)));
    }
    List<Finding> findings = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    BitSet hit = p.hit().rules();
    for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
      Rule rule = rules.get(i);
      try {
        for (Finding finding : rule.check(file, ctx)) {
          Severity s = severities.get(finding.ruleId());
          findings.add(s == null ? finding : finding.withSeverity(s));
        }
      } catch (NativeLibraryException e) {
        throw e; // not this file's fault: the whole run stops with one line
      } catch (RuntimeException | StackOverflowError e) {
        errors.add(new FileError(f.path(), "rule " + rule.id() + " failed: " + reason(e)));
      }
    }
    findings.sort(Comparator.comparingInt(x -> x.span().start()));
    List<Suppression> inline = List.of();
    try {
      inline = p.hit().marker() ? InlineSuppressions.of(file) : List.of();
    } catch (RuntimeException e) {
      errors.add(new FileError(f.path(), reason(e)));
    }
    return new Checked(file, findings, inline, errors, file.isParsed());
  }

  /** Why a file could not be decoded, and the way out when it is likely a Latin-1 file. */
  static String undecodable(String path, Charset charset) {
    if (!charset.equals(StandardCharsets.UTF_8)) {
      return "cannot decode: not valid " + charset.name() + " (chosen with --encoding)";
    }
    String hint =
        path.endsWith(".properties")
            ? "if it is Latin-1, as Java .properties files often are, use --encoding"
                + " '*.properties=ISO-8859-1'"
            : "if it is in another charset, name it with --encoding (e.g. ISO-8859-1)";
    return "cannot decode: not valid UTF-8 (nor UTF-16 with a byte-order mark); " + hint;
  }

  private static Checked failed(FileError error) {
    return new Checked(null, List.of(), List.of(), List.of(error), false);
  }

  /** A throwable as one line: its message, prefixed by its type unless that says nothing more. */
  static String reason(Throwable e) {
    String msg = e.getMessage() == null ? "" : e.getMessage().strip();
    int nl = msg.indexOf('\n');
    msg = nl < 0 ? msg : msg.substring(0, nl).strip();
    if (e instanceof IllegalArgumentException && !msg.isEmpty()) {
      return msg;
    }
    return msg.isEmpty() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + msg;
  }
}
