package dev.claudemigrate.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pair table never says a text lacks a literal it holds: {@code CharPairs.indexOf} and {@code
 * contains} answer as {@code String}'s do, and the case-blind test never rules out a word that
 * {@link TextScan#indexOfIgnoreCase} finds, non-ASCII folds included.
 */
class CharPairsTest {
  /** Texts long enough to get a table, with the edges padded in. */
  private static List<String> texts() throws IOException {
    String pad = "x".repeat(CharPairs.MIN_LENGTH);
    List<String> out = new ArrayList<>();
    for (String edge :
        List.of(
            "",
            "computer-use-2024-10-22",
            "Regıon REGİON region_name ſ K \u212a RegionEndpoint. Region:: Region.",
            "a\u00e9b\u4e2dc\ud83d\ude00d\u007fe\r\n\t",
            "oundry OUNDRY_ .services.ai.azure.com AWS::IAM:: foundation-model/")) {
      out.add(edge + pad);
      out.add(pad + edge);
      out.add(edge);
    }
    try (Stream<Path> s = Files.walk(Path.of("samples"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static List<String> literals(String text, Random random) {
    List<String> out =
        new ArrayList<>(
            List.of(
                "a",
                "ab",
                "claude-3-5-sonnet",
                "CLAUDE_",
                "::Claude",
                "computer-use-2024-10-22",
                "a\u00e9b",
                "\u4e2dc",
                "d\u007fe",
                "\ud83d\ude00d",
                "Region::",
                "oundry"));
    for (int i = 0; i < 20 && text.length() > 1; i++) {
      int at = random.nextInt(text.length() - 1);
      out.add(text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(12))));
    }
    return out;
  }

  @Test
  void answersAsIndexOf() throws IOException {
    Random random = new Random(7);
    for (String text : texts()) {
      for (String literal : literals(text, random)) {
        assertEquals(text.contains(literal), CharPairs.contains(text, literal), literal);
        assertEquals(text.indexOf(literal, 3), CharPairs.indexOf(text, literal, 3), literal);
        if (text.contains(literal)) {
          assertTrue(CharPairs.mayHold(text, literal), literal);
        }
      }
    }
  }

  @Test
  void aMissingPairRulesOutTheLiteral() {
    String text = "claude-3-7-sonnet ".repeat(200);
    assertFalse(CharPairs.mayHold(text, "claude-3-5-sonnet"));
    assertTrue(CharPairs.mayHold(text, "claude-3-7"));
    assertTrue(CharPairs.mayHold("short", "absent"), "a short text is searched directly");
  }

  @Test
  void caseBlindNeverRulesOutAFoundWord() throws IOException {
    for (String text : texts()) {
      for (String word : List.of("region", "claude", "k-s", "is")) {
        if (TextScan.indexOfIgnoreCase(text, word, 0) >= 0) {
          assertTrue(CharPairs.mayHoldIgnoreCase(text, word), word + " in " + text);
        }
      }
    }
    String text = "nothing here ".repeat(300);
    assertFalse(CharPairs.mayHoldIgnoreCase(text, "region"));
    assertTrue(CharPairs.mayHoldIgnoreCase(text + "REGION", "region"));
    assertTrue(CharPairs.mayHoldIgnoreCase(text + "Reg\u0131on", "region"), "dotless i folds");
  }
}
