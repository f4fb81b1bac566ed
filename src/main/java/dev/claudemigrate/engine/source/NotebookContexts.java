package dev.claudemigrate.engine.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.claudemigrate.engine.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a Jupyter notebook's raw JSON text to contexts: code-cell sources are code (with their
 * strings and comments), markdown cells are documentation, outputs are recorded output.
 * Offsets are in the raw file, so findings report the raw file's line numbers.
 */
final class NotebookContexts {
  private static final JsonFactory JSON = new JsonFactory();

  private NotebookContexts() {}

  /** @throws IllegalArgumentException when the text is not notebook JSON */
  static ContextMap of(String text) {
    RangeContextMap.Builder b = RangeContextMap.builder(Context.CONFIG_VALUE);
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a notebook: top level is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("cells".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            cell(p, text, b);
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not valid notebook JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return b.build();
  }

  /** Reads one cell object; its fields may come in any order, so ranges are kept until the end. */
  private static void cell(JsonParser p, String text, RangeContextMap.Builder b) throws IOException {
    String type = "code";
    List<int[]> sources = new ArrayList<>();
    int[] outputs = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      if ("cell_type".equals(field)) {
        type = p.getText();
      } else if ("source".equals(field) && t == JsonToken.VALUE_STRING) {
        sources.add(stringRange(p));
      } else if ("source".equals(field) && t == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          sources.add(stringRange(p));
        }
      } else if ("outputs".equals(field)) {
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        outputs = new int[] {start, (int) p.currentLocation().getCharOffset()};
      } else {
        p.skipChildren();
      }
    }
    List<int[]> ranges = new ArrayList<>(sources);
    if (outputs != null) {
      ranges.add(outputs);
    }
    ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
    for (int[] r : ranges) {
      if (r == outputs) {
        b.add(r[0], r[1], Context.NOTEBOOK_OUTPUT);
      } else if ("code".equals(type)) {
        codeLine(text, r[0], r[1], b);
      } else {
        b.add(r[0], r[1], Context.DOCUMENTATION);
      }
    }
  }

  private static int[] stringRange(JsonParser p) throws IOException {
    int start = (int) p.currentTokenLocation().getCharOffset();
    p.getText();
    p.finishToken();
    return new int[] {start, (int) p.currentLocation().getCharOffset()};
  }

  /**
   * Classifies one JSON-escaped line of Python: quoted parts are strings, '#' outside quotes starts
   * a comment, the rest is code.
   */
  private static void codeLine(String text, int start, int end, RangeContextMap.Builder b) {
    int codeFrom = start;
    char quote = 0;
    int quoteStart = -1;
    for (int i = start + 1; i < end - 1; i++) {
      char c = text.charAt(i);
      boolean escaped = c == '\\';
      char actual = escaped ? text.charAt(i + 1) : c;
      if (escaped && actual != '"') {
        i++;
        continue;
      }
      if (quote != 0) {
        if (actual == quote) {
          b.add(quoteStart, i + (escaped ? 2 : 1), Context.STRING_LITERAL);
          quote = 0;
          codeFrom = i + 1;
        }
      } else if (actual == '"' || actual == '\'') {
        b.add(codeFrom, i, Context.CODE);
        quote = actual;
        quoteStart = i;
      } else if (actual == '#') {
        b.add(codeFrom, i, Context.CODE);
        b.add(i, end, Context.COMMENT);
        return;
      }
      if (escaped) {
        i++;
      }
    }
    if (quote != 0) {
      b.add(quoteStart, end, Context.STRING_LITERAL);
    } else {
      b.add(codeFrom, end, Context.CODE);
    }
  }
}
