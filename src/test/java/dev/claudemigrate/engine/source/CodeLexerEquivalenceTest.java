package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treesitter.TSNode;

/**
 * The lexical context of code ({@link CodeLexer}) equals the tree-sitter one at every character
 * offset: for each code file under {@code samples/} and {@code src/test/resources}, and for tricky
 * snippets of each language ({@link LexerSnippets}). The tree-sitter reference: the outermost
 * string or comment node around an offset decides, and an interpolation inside a string is code
 * again (with its own strings). Files that do not parse cleanly have no reference and are skipped.
 */
class CodeLexerEquivalenceTest {
  private static final Set<String> STRINGS =
      Set.of(
          "string",
          "string_literal",
          "verbatim_string_literal",
          "interpolated_string_expression",
          "text_block",
          "character_literal",
          "template_string",
          "interpreted_string_literal",
          "raw_string_literal",
          "multi_line_string_literal",
          "multiline_string_literal",
          "line_string_literal");
  private static final Set<String> COMMENTS =
      Set.of("comment", "line_comment", "block_comment", "multiline_comment");
  private static final Set<String> INTERPOLATIONS =
      Set.of(
          "interpolation",
          "template_substitution",
          "interpolated_expression",
          "interpolated_identifier");

  static Stream<Path> codeFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String root : List.of("samples", "src/test/resources")) {
      try (Stream<Path> s = Files.walk(Path.of(root))) {
        s.filter(Files::isRegularFile)
            .filter(p -> Languages.detect(p.toString()).map(Language::isCode).orElse(false))
            .forEach(out::add);
      }
    }
    return out.stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("codeFiles")
  void sameAsTreeSitterOnFile(Path path) throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    Language lang = Languages.detect(path.toString()).orElseThrow();
    assertSame(path.toString(), lang, text);
  }

  @Test
  void fileCorpusIsNotEmpty() throws IOException {
    assertTrue(codeFiles().count() >= 20);
  }

  @ParameterizedTest
  @MethodSource("dev.claudemigrate.engine.source.LexerSnippets#all")
  void sameAsTreeSitterOnSnippet(String name, Language lang, String text) {
    SyntaxTree tree = SyntaxTree.parse(lang, text);
    assertFalse(tree.hasErrors(), () -> name + " should parse cleanly: fix the snippet");
    assertSame(name, lang, text);
  }

  private static void assertSame(String name, Language lang, String text) {
    SyntaxTree tree = SyntaxTree.parse(lang, text);
    assumeFalse(tree.hasErrors(), name + " does not parse cleanly: no reference");
    Context[] expected = reference(tree, text.length());
    ContextMap lexical = CodeLexer.of(lang, text);
    for (int i = 0; i < text.length(); i++) {
      Context got = lexical.at(i);
      if (got != expected[i]) {
        int line = (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        String around = text.substring(Math.max(0, i - 30), Math.min(text.length(), i + 30));
        assertEquals(
            expected[i], got, name + ":" + line + " offset " + i + " near «" + around + "»");
      }
    }
  }

  /** The tree-sitter context of every character. */
  static Context[] reference(SyntaxTree tree, int length) {
    Context[] out = new Context[length];
    Arrays.fill(out, Context.CODE);
    paint(tree, tree.root(), false, out);
    return out;
  }

  /**
   * A Python docstring: a triple-quoted string that is a statement of its own, alone on its lines,
   * and the first statement of its block or module.
   */
  private static boolean isDocstring(SyntaxTree tree, TSNode node) {
    if (!node.getType().equals("expression_statement")
        || node.getNamedChildCount() != 1
        || !node.getNamedChild(0).getType().equals("string")) {
      return false;
    }
    String text = tree.text(node);
    String all = tree.text(tree.root());
    int start = tree.start(node);
    int lineStart = all.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = all.indexOf('\n', tree.end(node));
    boolean alone =
        all.substring(lineStart, start).isBlank()
            && all.substring(tree.end(node), lineEnd < 0 ? all.length() : lineEnd).isBlank();
    TSNode parent = node.getParent();
    TSNode first = null;
    for (int i = 0; i < parent.getNamedChildCount() && first == null; i++) {
      if (!parent.getNamedChild(i).getType().equals("comment")) {
        first = parent.getNamedChild(i);
      }
    }
    return (text.startsWith("\"\"\"") || text.startsWith("'''"))
        && alone
        && (parent.getType().equals("block") || parent.getType().equals("module"))
        && first != null
        && tree.start(first) == start;
  }

  private static void paint(SyntaxTree tree, TSNode node, boolean inside, Context[] out) {
    // Only named nodes: TypeScript's keyword "string" in a type is an anonymous node of that type.
    String type = node.isNamed() ? node.getType() : "";
    boolean inner = inside;
    if (!inside && isDocstring(tree, node)) {
      Arrays.fill(out, tree.start(node), tree.end(node), Context.COMMENT);
      return;
    }
    if (inside && INTERPOLATIONS.contains(type)) {
      Arrays.fill(out, tree.start(node), tree.end(node), Context.CODE);
      inner = false;
    } else if (!inside && (STRINGS.contains(type) || COMMENTS.contains(type))) {
      Arrays.fill(
          out,
          tree.start(node),
          tree.end(node),
          STRINGS.contains(type) ? Context.STRING_LITERAL : Context.COMMENT);
      inner = true;
    }
    for (int i = 0; i < node.getChildCount(); i++) {
      paint(tree, node.getChild(i), inner, out);
    }
  }
}
