package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SyntaxTreeOffsetsTest {
  /** ASCII, two-, three- and four-byte characters (the last a surrogate pair in Java). */
  private static final String TEXT =
      "const a = \"caf\u00e9 \u20ac 10\"; // \ud83d\ude00 ok\nlet b = a + '\u00e9\u00e9';\n";

  @Test
  void charOffsetsBecomeTheBytesOfTheTextBeforeThem() {
    SyntaxTree tree = SyntaxTree.parse(Language.JAVASCRIPT, TEXT);
    for (int c = 0; c <= TEXT.length(); c++) {
      if (c > 0 && Character.isHighSurrogate(TEXT.charAt(c - 1))) {
        continue; // between the halves of a pair: no character starts there
      }
      int expected = TEXT.substring(0, c).getBytes(StandardCharsets.UTF_8).length;
      assertEquals(expected, tree.toByte(c), "char offset " + c);
    }
  }

  @Test
  void nodesAreFoundAtCharOffsetsAfterNonAsciiText() {
    SyntaxTree tree = SyntaxTree.parse(Language.JAVASCRIPT, TEXT);
    int at = TEXT.indexOf("b =");
    assertEquals("b", tree.text(tree.nodeAt(at, at + 1)));
    int quoted = TEXT.indexOf("'\u00e9\u00e9'");
    assertEquals("'\u00e9\u00e9'", tree.text(tree.nodeAt(quoted, quoted + 4)));
  }

  @Test
  void asciiTextMapsOneToOne() {
    String ascii = "let x = 1;\n";
    SyntaxTree tree = SyntaxTree.parse(Language.JAVASCRIPT, ascii);
    for (int c = 0; c <= ascii.length(); c++) {
      assertEquals(c, tree.toByte(c));
    }
  }
}
