package dev.claudemigrate.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claudemigrate.catalog.ReadErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an evaluation set: JSON Lines (one case a line) or YAML (a list of cases, or promptfoo's
 * {@code tests:} list). A malformed case becomes a {@link DatasetError} with its line; the rest
 * load.
 */
public final class DatasetLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private DatasetLoader() {}

  /**
   * Loads {@code file}.
   *
   * @throws IOException when the file cannot be read at all
   */
  public static Dataset load(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Collector c = new Collector(file.toString());
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      readYaml(text, c);
    } else {
      readJsonLines(text, c);
    }
    return new Dataset(c.cases, c.errors);
  }

  private static void readJsonLines(String text, Collector c) {
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
        continue;
      }
      try {
        c.add(JsonChecks.MAPPER.readTree(line), i + 1);
      } catch (JsonProcessingException e) {
        c.error(i + 1, "not valid JSON: " + ReadErrors.reason(e.getOriginalMessage()));
      }
    }
  }

  private static void readYaml(String text, Collector c) throws IOException {
    try (JsonParser p = YAML.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        if (!seekField(p, "tests")) {
          c.error(1, "a YAML dataset is a list of cases or an object with a 'tests' list");
          return;
        }
        t = p.nextToken();
      }
      if (t != JsonToken.START_ARRAY) {
        c.error(p.currentLocation().getLineNr(), "expected a list of cases");
        return;
      }
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        int line = p.currentTokenLocation().getLineNr();
        c.add(YAML.readTree(p), line);
      }
    } catch (JsonProcessingException e) {
      c.error(
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not valid YAML: " + ReadErrors.reason(e.getOriginalMessage()));
    }
  }

  private static boolean seekField(JsonParser p, String field) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      if (field.equals(p.currentName())) {
        return true;
      }
      p.nextToken();
      p.skipChildren();
    }
    return false;
  }

  /** Gathers cases and errors, rejecting duplicate IDs. */
  private static final class Collector {
    final String file;
    final List<EvalCase> cases = new ArrayList<>();
    final List<DatasetError> errors = new ArrayList<>();
    final Set<String> ids = new HashSet<>();

    Collector(String file) {
      this.file = file;
    }

    void add(JsonNode node, int line) {
      try {
        EvalCase ec = CaseParser.parse(node, line);
        if (!ids.add(ec.id())) {
          error(line, "duplicate case id '" + ec.id() + "'");
        } else {
          cases.add(ec);
        }
      } catch (CaseParser.CaseException e) {
        String id =
            node != null && node.hasNonNull("id") ? "case '" + node.get("id").asText() + "': " : "";
        error(line, id + e.getMessage());
      }
    }

    void error(int line, String message) {
      errors.add(new DatasetError(file, line, message));
    }
  }
}
