package dev.claudemigrate.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * One line for a file that could not be read or parsed: {@code path:line: reason}, in the words of
 * the problem, without the parser's internals (source descriptions, excerpts, carets).
 */
public final class ReadErrors {
  private ReadErrors() {}

  /** {@code file[:line]: reason} for {@code e}, which happened reading {@code file}. */
  public static String describe(String file, Exception e) {
    if (e instanceof NoSuchFileException) {
      return file + ": no such file";
    }
    if (e instanceof AccessDeniedException) {
      return file + ": permission denied";
    }
    if (e instanceof JsonProcessingException j) {
      int line = j.getLocation() == null ? 0 : j.getLocation().getLineNr();
      return file + (line > 0 ? ":" + line : "") + ": " + reason(j.getOriginalMessage());
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return file + ": " + msg.lines().findFirst().orElse("").strip();
  }

  /**
   * A parser's message in one line: YAML's problem first, then its context ("expected ',' or ']',
   * but got <stream end> (while parsing a flow sequence)"); JSON's first line.
   */
  public static String reason(String message) {
    if (message == null) {
      return "cannot be parsed";
    }
    List<String> said = new ArrayList<>();
    for (String line : message.split("\n")) {
      // YAML excerpts, carets and " in 'reader', line 1, column 8:" are indented; keep the words.
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        said.add(line.strip().replaceAll("\\s*\\[Source: .*$", ""));
      }
    }
    if (said.isEmpty()) {
      return message.strip();
    }
    String last = said.get(said.size() - 1);
    return said.size() == 1
        ? last
        : last + " (" + String.join(", ", said.subList(0, said.size() - 1)) + ")";
  }
}
