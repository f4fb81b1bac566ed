package dev.claudemigrate.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalog's closed vocabulary (severities, beta actions, tool families, model families,
 * lifecycle states, dates), checked in each file before the files are merged, so that a bad value
 * is one line naming the file and the key instead of a silent change of advice or a failure on
 * every scanned file.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** Parses an enum constant written in lower or upper case, with '-' or '_'. */
  static <E extends Enum<E>> E parse(Class<E> type, String text, String where) {
    String constant = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return Enum.valueOf(type, constant);
    } catch (IllegalArgumentException e) {
      throw new CatalogException(
          where
              + ": unknown value '"
              + text
              + "' (known: "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))
              + ")");
    }
  }

  static LocalDate date(String text, String where) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CatalogException(where + ": bad date '" + text + "' (want YYYY-MM-DD)", e);
    }
  }

  /**
   * Checks every vocabulary value in one catalog file.
   *
   * @param file the file's name, for messages
   * @throws CatalogException naming the file and the key of the first bad value
   */
  static void check(JsonNode layer, String file) {
    for (JsonNode m : layer.path("models")) {
      String at = file + ": models[" + m.path("key").asText("?") + "]";
      value(m, "family", ModelFamily.class, at);
      value(m, "api", Api.class, at);
      version(m, at);
      lifecycle(m.path("lifecycle"), at + ".lifecycle");
      lifecycle(m.path("anthropicApi"), at + ".anthropicApi");
    }
    for (JsonNode t : layer.path("targets")) {
      String at = file + ": targets[" + t.path("name").asText("?") + "]";
      entries(t.path("replaces"), Level.class, at + ".replaces");
      entries(t.path("betas"), BetaAction.class, at + ".betas");
      t.path("tools")
          .fieldNames()
          .forEachRemaining(f -> parse(ToolFamily.class, f, at + ".tools." + f));
      value(t, "samplingTogether", Level.class, at);
      value(t, "prefill", Level.class, at);
      value(t, "thinkingBudget", ThinkingBudget.class, at);
    }
    for (JsonNode v : layer.path("tools")) {
      value(v, "family", ToolFamily.class, file + ": tools[" + v.path("type").asText("?") + "]");
    }
    for (JsonNode b : layer.path("betas")) {
      value(b, "action", BetaAction.class, file + ": betas[" + b.path("value").asText("?") + "]");
    }
    JsonNode def = layer.path("defaultTarget");
    value(def, "family", ModelFamily.class, file + ": defaultTarget");
  }

  /** Whether budget_tokens thinking is supported or deprecated on a target. */
  enum ThinkingBudget {
    SUPPORTED,
    DEPRECATED
  }

  private static void lifecycle(JsonNode n, String at) {
    value(n, "declared", Lifecycle.State.class, at);
    for (String f : new String[] {"legacyFrom", "extendedAccessFrom", "endOfLife"}) {
      JsonNode d = n.path(f);
      if (!d.isMissingNode() && !d.isNull()) {
        date(d.asText(), at + "." + f);
      }
    }
  }

  private static void version(JsonNode m, String at) {
    JsonNode v = m.path("version");
    if (!v.isMissingNode() && !v.isNull() && !v.asText().matches("\\d+(\\.\\d+)*")) {
      throw new CatalogException(
          at + ".version: bad version '" + v.asText() + "' (want numbers with dots, e.g. 4.6)");
    }
  }

  private static <E extends Enum<E>> void value(
      JsonNode n, String field, Class<E> type, String at) {
    JsonNode v = n.path(field);
    if (!v.isMissingNode() && !v.isNull()) {
      parse(type, v.asText(), at + "." + field);
    }
  }

  private static <E extends Enum<E>> void entries(JsonNode n, Class<E> type, String at) {
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      parse(type, e.getValue().asText(), at + "." + e.getKey());
    }
  }
}
