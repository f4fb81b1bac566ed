package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date's offsets, kept per file, visit the same names as the search from each name's end did: the
 * date is digits, so an occurrence that starts inside a name read ends inside it.
 */
class VersionNamedIdentifiersTest {
  private static final List<String> TEXTS =
      List.of(
          "",
          "20241022",
          "202410220241022 x20241022y_20241022 bash20241022 computer_20241022_20241022",
          "text_editor_2024102220241022 TEXT_EDITOR_20241022 é20241022 2024102",
          "x".repeat(3000) + " BashType.bash20241022 " + "20241022".repeat(3));

  /** Where the names around the date start, walked as the search from each name's end walked. */
  private static List<Integer> bySearch(String text, String date) {
    List<Integer> out = new ArrayList<>();
    for (int at = text.indexOf(date); at >= 0; at = text.indexOf(date, at + date.length())) {
      int end = nameEnd(text, at + date.length());
      out.add(at);
      at = Math.max(at, end - date.length());
    }
    return out;
  }

  private static List<Integer> byOffsets(String text, String date) {
    List<Integer> out = new ArrayList<>();
    int from = 0;
    for (int at : VersionNamedIdentifiers.dateOffsets(text, date)) {
      if (at >= from) {
        out.add(at);
        from = nameEnd(text, at + date.length());
      }
    }
    return out;
  }

  private static int nameEnd(String text, int end) {
    while (end < text.length()
        && text.charAt(end) < 128
        && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    return end;
  }

  @Test
  void keptOffsetsVisitTheNamesTheSearchVisited() {
    for (String text : TEXTS) {
      for (String date : List.of("20241022", "20250124")) {
        assertEquals(bySearch(text, date), byOffsets(text, date), text);
        assertEquals(bySearch(text, date), byOffsets(text, date), "asked again: " + text);
      }
    }
  }
}
