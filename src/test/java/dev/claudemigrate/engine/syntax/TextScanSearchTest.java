package dev.claudemigrate.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The indexOf-based searches find what the patterns they stand in for find. */
class TextScanSearchTest {
  private static final List<String> LITERALS =
      List.of(
          "text_editor_20241022",
          "str_replace_editor",
          "undo_edit",
          "computer-use-2024-10-22",
          "aa",
          "a-a");

  private static List<Integer> byPattern(Pattern p, String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start());
    }
    return out;
  }

  @Test
  void tokenOffsetsEqualTokenPattern() throws IOException {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "aaa a-a-a aa_aa aa",
                "xstr_replace_editor str_replace_editor1 (str_replace_editor)",
                "undo_edit.undo_edit undo_editundo_edit é undo_edit"));
    texts.addAll(corpus());
    for (String t : texts) {
      for (String lit : LITERALS) {
        assertEquals(byPattern(TextScan.token(lit), t), TextScan.tokenOffsets(t, lit), lit);
      }
    }
  }

  @Test
  void indexOfIgnoreCaseFindsEveryCaseInsensitiveStart() throws IOException {
    Pattern region = Pattern.compile("(?i)region");
    for (String t : corpus()) {
      List<Integer> found = new ArrayList<>();
      for (int at = TextScan.indexOfIgnoreCase(t, "region", 0);
          at >= 0;
          at = TextScan.indexOfIgnoreCase(t, "region", at + 1)) {
        found.add(at);
      }
      assertTrue(found.containsAll(byPattern(region, t)));
    }
    assertEquals(2, TextScan.indexOfIgnoreCase("a REGION", "region", 0));
    assertEquals(-1, TextScan.indexOfIgnoreCase("regio", "region", 0));
  }

  private static List<String> corpus() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("samples"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
