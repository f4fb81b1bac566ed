package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lexical context of C# code: comments (not nested, doc comments), regular, verbatim, raw and
 * interpolated strings, character literals and preprocessor lines. Each case names the needles that
 * are comment, string and code.
 */
class CSharpLexerTest {
  private static void check(
      String text, List<String> comments, List<String> strings, List<String> code) {
    ContextMap map = CodeLexer.of(Language.CSHARP, text);
    for (Context want : Context.values()) {
      List<String> needles =
          want == Context.COMMENT
              ? comments
              : want == Context.STRING_LITERAL ? strings : want == Context.CODE ? code : List.of();
      for (String needle : needles) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, needle);
        assertEquals(want, map.at(i), needle + " in " + text);
      }
    }
  }

  @Test
  void commentsDoNotNestAndDocCommentsAreComments() {
    check(
        "/* a /* b */ var m = \"MODEL\";\n/// DOC\n// LINE\nclass C {}\n",
        List.of("a /*", "DOC", "LINE"),
        List.of("MODEL"),
        List.of("var m", "class C"));
  }

  @Test
  void verbatimStringsDoubleTheirQuotesAndSpanLines() {
    check(
        "var v = @\"a \"\"Q\"\" \\\nSECOND // NOT\"; // AFTER\nvar w = \"E\\\" // NO\";\n",
        List.of("AFTER"),
        List.of("Q", "SECOND", "NOT", "NO\""),
        List.of("var w"));
  }

  @Test
  void rawStringsTakeAnyRunOfThreeQuotesOrMore() {
    check(
        "var r = \"\"\"\"\n  a \"\"\" INSIDE\n  \"\"\"\"; // AFTER\nvar t = \"\"\"X\"\"\";\n",
        List.of("AFTER"),
        List.of("INSIDE", "X"),
        List.of("var t"));
  }

  @Test
  void interpolationHolesAreCodeWithTheirOwnStrings() {
    check(
        "var i = $\"TEXT {{LIT}} {Pick(\"INNER\")} {d:N2} TAIL\"; var j = $@\"V {a} \"\"Q\"\"\";\n"
            + "var k = $$\"\"\"{{HOLE}} {RAWLIT}\"\"\"; // END\n",
        List.of("END"),
        List.of("TEXT", "LIT}}", "INNER", "TAIL", "V {", "Q", "RAWLIT"),
        List.of("Pick", "d:N2", "HOLE"));
  }

  @Test
  void charLiteralsAndPreprocessorLines() {
    check(
        "#region It's \"HERE\"\n#if DEBUG // NOTE\nchar q = '\"'; char e = '\\''; var m = \"MODEL\";\n"
            + "#endif\nvar u = \"UTF\"u8; var @class = 1;\n",
        List.of("NOTE"),
        List.of("MODEL", "'\"'", "UTF", "u8"),
        List.of("HERE", "DEBUG", "char e", "@class"));
  }
}
