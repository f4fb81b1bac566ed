package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The lexical context of Rust code: comments (nested blocks, doc comments), strings (escapes,
 * prefixes, raw strings with '#' marks), and character literals told apart from lifetimes.
 */
class RustLexerTest {
  /** Asserts that each needle's first character in {@code text} has the context {@code want}. */
  private static void expect(String text, Context want, String... needles) {
    ContextMap map = CodeLexer.of(Language.RUST, text);
    for (String needle : needles) {
      int i = text.indexOf(needle);
      assertTrue(i >= 0, needle);
      assertEquals(want, map.at(i), needle + " in " + text);
    }
  }

  @Test
  void commentsNestAndDocCommentsAreComments() {
    String s = "/* a /* b */ NOTE */ let m = \"MODEL\";\n/// DOC\n//! INNER\nfn f() {}\n";
    expect(s, Context.COMMENT, "NOTE", "DOC", "INNER");
    expect(s, Context.STRING_LITERAL, "MODEL");
    expect(s, Context.CODE, "fn f", "let m");
  }

  @Test
  void stringsWithEscapesPrefixesAndRawMarks() {
    String s =
        "let a = \"x\\\" // NOT\"; let b = r#\"say \"HI\" // NO\"#; let c = br##\"\"# RAW\"##;\n"
            + "let d = b\"BYTES\"; let e = c\"CSTR\"; let f = r\"\\\"; // AFTER\n";
    expect(s, Context.STRING_LITERAL, "NOT", "HI", "NO\"", "RAW", "BYTES", "CSTR");
    expect(s, Context.COMMENT, "AFTER");
  }

  @Test
  void aStringMaySpanLines() {
    String s = "let p = \"first\nSECOND // still\";\nlet q = 1; // END\n";
    expect(s, Context.STRING_LITERAL, "SECOND", "still");
    expect(s, Context.COMMENT, "END");
  }

  @Test
  void charLiteralsAreCodeAndLifetimesOpenNothing() {
    String s =
        "fn f<'a>(x: &'a str) -> &'static str { let q = '\"'; let e = '\\''; \"MODEL\" }\n"
            + "'outer: loop { break 'outer; } let b = b'\"'; // NOTE\n";
    expect(s, Context.CODE, "str)", "'\"'", "loop");
    expect(s, Context.STRING_LITERAL, "MODEL");
    expect(s, Context.COMMENT, "NOTE");
  }

  @Test
  void aRawIdentifierIsNoRawString() {
    String s = "fn h(r#type: u8) -> u8 { r#type } // NOTE\nlet m = \"MODEL\";\n";
    expect(s, Context.CODE, "type:");
    expect(s, Context.COMMENT, "NOTE");
    expect(s, Context.STRING_LITERAL, "MODEL");
  }
}
