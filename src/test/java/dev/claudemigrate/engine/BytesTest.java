package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte gates of the project survey: a file skipped there is never decoded twice. */
class BytesTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aLineNamingTwoModelsIsFoundAndTwoLinesNamingOneEachAreNot() {
    byte[] claude = b("claude");
    assertTrue(
        Bytes.lineWithTwo(
            b("x = 1\n\"claude-sonnet-4-5\": \"us.anthropic.claude-sonnet-4-5-v1:0\",\n"), claude));
    assertFalse(Bytes.lineWithTwo(b("a = \"claude-3\"\nb = \"claude-4\"\n"), claude));
    assertFalse(Bytes.lineWithTwo(b("claude"), claude));
    assertTrue(Bytes.lineWithTwo(b("claudeclaude"), claude));
  }
}
