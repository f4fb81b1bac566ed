package dev.claudemigrate.engine.source;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a JSON file that a program wrote as the record of a run (an evaluation report, saved
 * model responses, a conversation transcript, a trace) rather than one a person wrote to configure
 * it. A model ID in such a file says which model ran then; rewriting it falsifies the record and
 * changes nothing that runs. The file is known by where it lies (a folder of outputs, results or
 * runs, a folder or file named after the time of the run), by its name, or by the shape of a saved
 * Messages or Converse response.
 */
final class RunOutputs {
  /** Folders that hold what runs wrote (compared without case, '_' and '-'). */
  private static final Set<String> FOLDERS =
      Set.of(
          "output",
          "outputs",
          "testoutput",
          "testoutputs",
          "result",
          "results",
          "evalreports",
          "evalresults",
          "runs",
          "traces",
          "recordings",
          "responses",
          "transcripts");

  /** Words of a file name that say it was written by a run. */
  private static final Set<String> NAME_WORDS =
      Set.of(
          "report",
          "reports",
          "result",
          "results",
          "response",
          "responses",
          "transcript",
          "trace",
          "traces",
          "conversation");

  /** Words of a file name that say it configures something, whatever else it says. */
  private static final Set<String> CONFIG_WORDS =
      Set.of("config", "configuration", "settings", "schema", "template", "options", "request");

  /** An ISO date with a time ({@code 2026-03-04T17:22:27}) or its compact form. */
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[T_ ]\\d{2}[:_.-]?\\d{2}|(?<!\\d)\\d{8}[T_-]?\\d{6}(?!\\d)");

  /**
   * A saved Messages API or Converse response: an assistant turn with its stop reason and usage.
   */
  private static final Pattern ROLE = Pattern.compile("\"role\"\\s*:\\s*\"assistant\"");

  private static final Pattern STOP = Pattern.compile("\"stop_?[rR]eason\"\\s*:");
  private static final Pattern USAGE = Pattern.compile("\"usage\"\\s*:\\s*\\{");

  /** A lower-case letter then an upper-case one: where a camel-case name's words meet. */
  private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  /** How much of a file's start the response shape is looked for in. */
  private static final int HEAD = 4096;

  private RunOutputs() {}

  /** Whether the JSON file at {@code path} (relative, '/'-separated) is the record of a run. */
  static boolean isRunOutput(String path, String text) {
    String[] parts = path.split("/");
    String name = parts[parts.length - 1];
    if (configName(name)) {
      return false;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (FOLDERS.contains(folded(parts[i]))) {
        return true;
      }
    }
    return Arrays.stream(parts).anyMatch(p -> TIMESTAMP.matcher(p).find())
        || Arrays.stream(words(name)).anyMatch(NAME_WORDS::contains)
        || savedResponse(text);
  }

  private static boolean configName(String name) {
    return Arrays.stream(words(name)).anyMatch(CONFIG_WORDS::contains);
  }

  /** The words of a file name without its extension: split at '.', '_', '-' and camel case. */
  private static String[] words(String name) {
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return NON_WORD.split(CAMEL.matcher(stem).replaceAll("$1 $2").toLowerCase(Locale.ROOT));
  }

  private static String folded(String segment) {
    return segment.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  private static boolean savedResponse(String text) {
    String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
    return ROLE.matcher(head).find() && STOP.matcher(text).find() && USAGE.matcher(text).find();
  }
}
