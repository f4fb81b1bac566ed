package dev.claudemigrate.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The results file ({@code results.jsonl}): each result is appended as one write as it arrives, so
 * a killed run loses nothing but the calls in flight. Results already in the file are paid for:
 * they are never thrown away unless the caller asks. Resuming reads leniently: a last line cut
 * short (a kill, a full disk; possibly inside a multi-byte character) is cut off the file, every
 * complete result is kept, and a later result for the same key wins. An append that fails (a full
 * disk) is taken back, so the file never holds half a line.
 */
public final class ResultStore implements Closeable {
  private final Path file;
  private final Map<ResultKey, CaseResult> results = new ConcurrentHashMap<>();
  private final FileChannel channel;

  private ResultStore(Path file, List<CaseResult> kept, FileChannel channel) {
    this.file = file;
    kept.forEach(r -> results.put(r.key(), r));
    this.channel = channel;
  }

  /**
   * Opens the results file.
   *
   * @param resume keep the results already there; else the file must hold none unless {@code
   *     overwrite}
   * @param overwrite start empty even when the file holds results
   * @throws IllegalArgumentException when the file holds results and neither flag is given
   */
  public static ResultStore open(Path file, boolean resume, boolean overwrite) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    List<CaseResult> kept = List.of();
    if (resume && Files.exists(file)) {
      Read read = readFile(file);
      kept = read.results();
      truncate(file, read.completeBytes());
    } else if (!overwrite && count(file) > 0) {
      throw new IllegalArgumentException(refusal(file, count(file)));
    } else if (Files.exists(file)) {
      truncate(file, 0);
    }
    FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    return new ResultStore(file, kept, ch);
  }

  /** The one line that refuses to empty {@code file}, which holds {@code n} results. */
  public static String refusal(Path file, int n) {
    return file
        + ": holds "
        + n
        + " results of an earlier run; pass --resume to keep them or --overwrite to start over";
  }

  /** How many complete results {@code file} holds (0 when it does not exist). */
  public static int count(Path file) throws IOException {
    return Files.isRegularFile(file) ? readFile(file).results().size() : 0;
  }

  /** Every complete result line of a results file; a torn or foreign line is skipped. */
  public static List<CaseResult> read(Path file) throws IOException {
    return readFile(file).results();
  }

  /** The results of a file and how many of its bytes are complete lines. */
  private record Read(List<CaseResult> results, long completeBytes) {}

  private static Read readFile(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<CaseResult> out = new ArrayList<>();
    int start = 0;
    for (int nl = indexOf(bytes, start); nl >= 0; nl = indexOf(bytes, start)) {
      parse(bytes, start, nl).ifPresent(out::add);
      start = nl + 1;
    }
    // Bytes after the last newline are a line cut short: its call is simply made again.
    return new Read(out, start);
  }

  private static int indexOf(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static Optional<CaseResult> parse(byte[] b, int from, int to) {
    try {
      String line =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, from, to - from))
              .toString();
      if (line.isBlank()) {
        return Optional.empty();
      }
      return Optional.of(JsonChecks.MAPPER.readValue(line, CaseResult.class));
    } catch (CharacterCodingException | JsonProcessingException e) {
      return Optional.empty(); // not a result of this tool; left in the file, not used
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    if (Files.size(file) > size) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(size);
        ch.force(true);
      }
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Whether a result for {@code key} made with the same case and settings is already stored; the
   * fingerprint is made only when a result for the key is.
   */
  public boolean has(ResultKey key, Supplier<String> fingerprint) {
    if (results.isEmpty()) {
      return false; // a fresh run: not even the key's hash (a record's is linked on first use)
    }
    CaseResult r = results.get(key);
    return r != null && fingerprint.get().equals(r.fingerprint());
  }

  /**
   * Makes the JSON writer for results ready. Called while the first calls are in flight, so that
   * the first results do not wait for it.
   */
  public static void prepare() {
    Lines.WRITER.getConfig();
  }

  /** Appends one result as one line; on failure the file is cut back to where it was. */
  public void append(CaseResult result) throws IOException {
    // Only the write itself is one at a time. Encoding the line and the first hashing of a key (a
    // record's hashCode is linked on first use) happen outside the lock: under load, a thread that
    // did them inside and lost the CPU made every other result of the first round wait 0.2 s.
    ByteBuffer line = ByteBuffer.wrap(Lines.encode(result));
    ResultKey key = result.key();
    synchronized (this) {
      write(line);
    }
    results.put(key, result);
  }

  private void write(ByteBuffer line) throws IOException {
    long size = channel.size();
    try {
      while (line.hasRemaining()) {
        channel.write(line);
      }
    } catch (IOException e) {
      try {
        channel.truncate(size);
      } catch (IOException again) {
        e.addSuppressed(again);
      }
      throw new IOException(file + ": cannot append a result: " + e.getMessage(), e);
    }
  }

  /**
   * The writer for result lines, made once on first use (class initialisation runs once, and
   * threads that need it meanwhile wait for it instead of each building their own).
   */
  private static final class Lines {
    static final ObjectWriter WRITER = JsonChecks.MAPPER.writerFor(CaseResult.class);

    static byte[] encode(CaseResult result) {
      try {
        byte[] json = WRITER.writeValueAsBytes(result);
        byte[] line = Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The result for {@code key}, if stored. */
  public CaseResult get(ResultKey key) {
    return results.get(key);
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }
}
