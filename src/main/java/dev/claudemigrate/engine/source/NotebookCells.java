package dev.claudemigrate.engine.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cells of a Jupyter notebook's raw JSON text with their positions in the raw file, so
 * that findings in cells report the raw file's lines. Cell fields may come in any order.
 */
public final class NotebookCells {
  private static final JsonFactory JSON = new JsonFactory();

  private NotebookCells() {}

  /**
   * One cell.
   *
   * @param type {@code code}, {@code markdown} or {@code raw}
   * @param sources raw ranges {@code [start, end)} of its source strings, quotes included
   * @param outputs raw range of its {@code outputs} array, or null
   */
  public record Cell(String type, List<int[]> sources, int[] outputs) {
    public boolean isCode() {
      return "code".equals(type);
    }
  }

  /**
   * The notebook's cells in file order.
   *
   * @throws IllegalArgumentException when the text is not notebook JSON (the message says why)
   */
  public static List<Cell> read(String text) {
    List<Cell> cells = new ArrayList<>();
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a notebook: top level is not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if ("cells".equals(field) && p.currentToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            cells.add(cell(p));
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid notebook JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cells;
  }

  private static Cell cell(JsonParser p) throws IOException {
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
    return new Cell(type, sources, outputs);
  }

  private static int[] stringRange(JsonParser p) throws IOException {
    int start = (int) p.currentTokenLocation().getCharOffset();
    p.finishToken();
    return new int[] {start, (int) p.currentLocation().getCharOffset()};
  }
}
