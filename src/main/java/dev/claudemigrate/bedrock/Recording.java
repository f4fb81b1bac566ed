package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording file: JSON Lines, one {@link Exchange} per line, in the order the calls were made.
 * The file is rewritten atomically after each exchange so an interrupted run still leaves a valid
 * file.
 */
public final class Recording {
  private final Path file;
  private final List<Exchange> exchanges = new ArrayList<>();

  private Recording(Path file) {
    this.file = file;
  }

  /** A new, empty recording that will be written to {@code file}. */
  public static Recording create(Path file) {
    return new Recording(file);
  }

  /** Reads every exchange of a recording; a bad line is reported with its number. */
  public static List<Exchange> read(Path file) throws IOException {
    List<Exchange> out = new ArrayList<>();
    List<String> lines = TextFiles.readLines(file, "recording");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        out.add(Json.MAPPER.readValue(line, Exchange.class));
      } catch (JsonProcessingException e) {
        throw new InputFileException(
            file + ":" + (i + 1) + ": not a recorded exchange: " + e.getOriginalMessage());
      }
    }
    return out;
  }

  /** Adds one exchange and saves the whole file. */
  public synchronized void add(Exchange exchange) throws IOException {
    exchanges.add(exchange);
    StringBuilder text = new StringBuilder();
    for (Exchange e : exchanges) {
      text.append(Json.write(e)).append('\n');
    }
    TextFiles.write(file, text.toString());
  }

  public synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }
}
