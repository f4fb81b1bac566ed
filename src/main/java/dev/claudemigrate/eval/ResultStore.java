package dev.claudemigrate.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results file ({@code results.jsonl}): each result is appended and flushed as it arrives, so a
 * killed run loses nothing but the call in flight. Opening it to resume drops a torn last line and
 * keeps every complete result; a later result for the same key wins.
 */
public final class ResultStore implements Closeable {
  private final Path file;
  private final Map<ResultKey, CaseResult> results = new LinkedHashMap<>();
  private final BufferedWriter writer;

  private ResultStore(Path file, List<CaseResult> kept) throws IOException {
    this.file = file;
    kept.forEach(r -> results.put(r.key(), r));
    this.writer =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /**
   * Opens the results file.
   *
   * @param resume keep the results already there (else start empty)
   */
  public static ResultStore open(Path file, boolean resume) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    List<CaseResult> kept = resume && Files.exists(file) ? read(file) : List.of();
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".results", ".tmp");
    StringBuilder text = new StringBuilder();
    for (CaseResult r : kept) {
      text.append(JsonChecks.write(r)).append('\n');
    }
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return new ResultStore(file, kept);
  }

  /** Every complete result line of a results file; a torn or foreign line is skipped. */
  public static List<CaseResult> read(Path file) throws IOException {
    List<CaseResult> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(JsonChecks.MAPPER.readValue(line, CaseResult.class));
      } catch (JsonProcessingException e) {
        // The line a kill cut short; its call is simply made again.
      }
    }
    return out;
  }

  public Path file() {
    return file;
  }

  /** Whether a result for {@code key} made with the same case and settings is already stored. */
  public synchronized boolean has(ResultKey key, String fingerprint) {
    CaseResult r = results.get(key);
    return r != null && fingerprint.equals(r.fingerprint());
  }

  /** Appends one result and flushes it to the file. */
  public synchronized void append(CaseResult result) throws IOException {
    writer.write(JsonChecks.write(result));
    writer.write('\n');
    writer.flush();
    results.put(result.key(), result);
  }

  /** The result for {@code key}, if stored. */
  public synchronized CaseResult get(ResultKey key) {
    return results.get(key);
  }

  @Override
  public synchronized void close() throws IOException {
    writer.close();
  }
}
