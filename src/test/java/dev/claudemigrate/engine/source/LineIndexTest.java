package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineIndexTest {
  @Test
  void stringAndOtherCharSequencesGiveTheSameLines() {
    for (String t :
        List.of("", "a", "\n", "a\nb", "a\nb\n", "\n\n\nx", "a\r\nb\rc\n", "é🎉\nx\n\n")) {
      LineIndex fast = new LineIndex(t);
      LineIndex slow = new LineIndex(new StringBuilder(t));
      assertEquals(slow.lineCount(), fast.lineCount(), t);
      for (int i = 0; i <= t.length(); i++) {
        assertEquals(slow.line(i), fast.line(i), t + " @" + i);
        assertEquals(slow.column(i), fast.column(i), t + " @" + i);
      }
    }
    LineIndex li = new LineIndex("ab\ncd\n");
    assertEquals(3, li.lineCount());
    assertEquals(2, li.line(3));
    assertEquals(2, li.column(4));
    assertEquals(5, li.lineEnd(2, "ab\ncd\n"));
  }
}
