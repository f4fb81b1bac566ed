package dev.claudemigrate.engine.syntax.structure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The objects of a JSON or YAML text, read with Jackson's streaming parser so that every key keeps
 * its character offset. Several documents (YAML {@code ---}, JSON Lines) are all read.
 */
final class ConfigMappings {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final YAMLFactory YAML = YAMLFactory.builder().build();

  private ConfigMappings() {}

  /**
   * The objects of {@code text}, outer before inner; empty when it does not parse.
   *
   * @param base the character offset of {@code text} in its file
   */
  static List<Mapping> parse(String text, int base, boolean yaml) {
    List<Mapping> out = new ArrayList<>();
    try (JsonParser p = (yaml ? YAML : JSON).createParser(text)) {
      new Reader(p, text, base, out).run();
    } catch (IOException | RuntimeException e) {
      // A file or string that is not valid JSON/YAML (templates, partial snippets) has no objects.
      return List.of();
    }
    return out;
  }

  /** Walks the token stream keeping a stack of open containers (a null object for an array). */
  private static final class Reader {
    /** An open object or array and the key it is the value of. */
    private record Open(Mapping object, String key, int keyStart) {}

    private final JsonParser p;
    private final String text;
    private final int base;
    private final List<Mapping> out;
    private final Deque<Open> open = new ArrayDeque<>();
    private String key;
    private int keyStart = -1;

    Reader(JsonParser p, String text, int base, List<Mapping> out) {
      this.p = p;
      this.text = text;
      this.base = base;
      this.out = out;
    }

    void run() throws IOException {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        int at = (int) p.currentTokenLocation().getCharOffset();
        switch (t) {
          case FIELD_NAME -> {
            key = p.currentName();
            keyStart = text.indexOf(key, Math.max(at, 0));
          }
          case START_OBJECT -> {
            Mapping m = new Mapping(base + at, base + at);
            out.add(m);
            open.push(new Open(m, key, keyStart));
            key = null;
          }
          case START_ARRAY -> {
            open.push(new Open(null, key, keyStart));
            key = null;
          }
          case END_OBJECT, END_ARRAY -> close(at);
          default -> {
            attach(key, keyStart, base + at + Math.max(1, p.getTextLength()), scalar(t));
            key = null;
          }
        }
      }
    }

    private void close(int at) {
      Open c = open.pop();
      int end = base + at + 1;
      if (c.object() != null) {
        c.object().end(end);
      }
      attach(
          c.key(),
          c.keyStart(),
          end,
          c.object() == null ? Value.of(Value.Kind.OTHER, "[...]") : Value.object(c.object()));
      key = null;
    }

    private void attach(String k, int kStart, int end, Value v) {
      Open top = open.peek();
      if (top == null || top.object() == null || k == null || kStart < 0) {
        return;
      }
      top.object().add(new Member(k, base + kStart, base + kStart + k.length(), end, v));
    }

    private Value scalar(JsonToken t) throws IOException {
      return switch (t) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Value.of(Value.Kind.NUMBER, p.getText());
        case VALUE_STRING -> Value.of(Value.Kind.STRING, p.getText());
        case VALUE_TRUE, VALUE_FALSE -> Value.of(Value.Kind.BOOLEAN, p.getText());
        case VALUE_NULL -> Value.of(Value.Kind.NULL, "null");
        default -> Value.of(Value.Kind.OTHER, p.getText());
      };
    }
  }
}
