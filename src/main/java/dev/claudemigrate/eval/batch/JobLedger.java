package dev.claudemigrate.eval.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.claudemigrate.engine.files.AtomicWrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The jobs a batch run submitted, saved in {@code --out} as {@code batch-jobs.json} right after
 * each submission. A rerun whose input for a model is unchanged (same digest) finds the job here
 * and polls it instead of paying for a second one.
 */
public final class JobLedger {
  static final String FILE = "batch-jobs.json";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One submitted job.
   *
   * @param model the model ID
   * @param digest the hash of its input file
   * @param attempt 1 for the first job of this input; a rerun after a failed job adds one
   * @param jobArn the job's ARN
   * @param input the input object
   * @param output the output prefix
   */
  public record Entry(
      String model, String digest, int attempt, String jobArn, String input, String output) {}

  private record Saved(List<Entry> jobs) {}

  private final Path file;
  private final List<Entry> entries;

  private JobLedger(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = new ArrayList<>(entries);
  }

  /** The ledger in {@code dir}; empty when there is none. An unreadable one says so and why. */
  public static JobLedger open(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return new JobLedger(file, List.of());
    }
    try {
      Saved saved = MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), Saved.class);
      return new JobLedger(file, saved.jobs() == null ? List.of() : saved.jobs());
    } catch (JsonProcessingException e) {
      throw new IOException(
          file
              + ": not a batch job list ("
              + e.getOriginalMessage()
              + "); move it away to start over");
    }
  }

  public Path file() {
    return file;
  }

  /** The latest job for this model and input, if one was submitted. */
  public Optional<Entry> latest(String model, String digest) {
    return entries.stream()
        .filter(e -> e.model().equals(model) && e.digest().equals(digest))
        .reduce((a, b) -> b.attempt() >= a.attempt() ? b : a);
  }

  /** Records a new job and writes the file at once (atomically), before anything else happens. */
  public synchronized void add(Entry e) {
    entries.add(e);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicWrite.writeString(file, MAPPER.writeValueAsString(new Saved(entries)) + "\n");
    } catch (IOException ex) {
      throw new UncheckedIOException(
          "cannot save the job list " + file + ": " + ex.getMessage(), ex);
    }
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}
