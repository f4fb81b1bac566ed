package dev.claudemigrate.engine.rewrite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.source.Language;
import org.junit.jupiter.api.Test;

class ParseCheckTest {
  @Test
  void codeJsonAndYamlThatNoLongerParseAreCaught() {
    assertFalse(
        ParseCheck.keepsParsing(
            Language.JAVA, "class A { int[] a = {1, 2}; }", "class A { int[] a = {1, }, 2}; }"));
    assertFalse(ParseCheck.keepsParsing(Language.JSON, "{\"a\": [1, 2]}", "{\"a\": [1, ]}"));
    assertFalse(ParseCheck.keepsParsing(Language.NOTEBOOK, "{\"cells\": []}", "{\"cells\": [}"));
    assertFalse(ParseCheck.keepsParsing(Language.YAML, "a:\n  - b\n", "a:\n  - b\n c: [\n"));
  }

  @Test
  void parsingResultsAndAlreadyBrokenInputsPass() {
    assertTrue(ParseCheck.keepsParsing(Language.PYTHON, "x = [1, 2]\n", "x = [1]\n"));
    assertTrue(ParseCheck.keepsParsing(Language.JSON, "{broken", "{still broken"));
    assertTrue(ParseCheck.keepsParsing(Language.YAML, "a: 1\n---\nb: 2\n", "a: 1\n---\nb: 3\n"));
    assertTrue(ParseCheck.keepsParsing(Language.DOTENV, "A=1", "A="));
  }

  /** ADR 0116: the tokens are read with the parsers alone; what parses is what the mapper read. */
  @Test
  void everyValueOfTheTextIsReadToItsEnd() {
    assertTrue(ParseCheck.parses(Language.JSON, false, ""));
    assertTrue(ParseCheck.parses(Language.JSON, false, "{\"a\": 1} [2, 3] \"four\""));
    assertFalse(ParseCheck.parses(Language.JSON, false, "{\"a\": 1} x"));
    assertFalse(ParseCheck.parses(Language.JSON, false, "{\"a\": 1"));
    assertFalse(ParseCheck.parses(Language.NOTEBOOK, false, "{\"cells\": [1,, 2]}"));
    assertTrue(ParseCheck.parses(Language.YAML, false, "a: 1\n---\n- b\n- c: [d, e]\n"));
    assertFalse(ParseCheck.parses(Language.YAML, false, "a: 1\n---\nb: [c\n"));
  }
}
