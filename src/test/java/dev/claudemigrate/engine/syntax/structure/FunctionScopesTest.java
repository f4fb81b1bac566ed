package dev.claudemigrate.engine.syntax.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treesitter.TSNode;

/**
 * The functions enclosing each node, from the index, against climbing the tree with {@code
 * getParent} (what the index replaced), for every named node of snippets with nested, sibling and
 * same-start functions.
 */
class FunctionScopesTest {
  private static final String JS =
      "const top = 1;\n"
          + "function outer(a) {\n"
          + "  const body = { model: a };\n"
          + "  const inner = (b) => { let x = b; return () => x + b; };\n"
          + "  function sibling() { var y = { k: 2 }; }\n"
          + "  return inner;\n"
          + "}\n"
          + "export default function () { const z = outer(3); }\n"
          + "class C { m() { this.v = function named() { return 1; }; } }\n"
          + "let after = top;\n";

  private static final String MINIFIED =
      "var a=function(){var b={x:1};return function(c){var d=c;return d}};"
          + "var e=(f)=>{var g=f;return(h)=>h+g};var i=a()(2);";

  private static final String PYTHON =
      "top = 1\n"
          + "def outer(a):\n"
          + "    body = {'model': a}\n"
          + "    def inner(b):\n"
          + "        x = b\n"
          + "        return lambda: x\n"
          + "    return inner\n"
          + "class C:\n"
          + "    def m(self):\n"
          + "        self.v = {'k': 2}\n"
          + "after = top\n";

  private static final String KOTLIN =
      "val top = 1\n"
          + "fun outer(a: Int): Int {\n"
          + "    val body = mapOf(\"model\" to a)\n"
          + "    val inner = { b: Int -> val x = b; x }\n"
          + "    fun local(): Int { val y = 2; return y }\n"
          + "    return inner(local())\n"
          + "}\n"
          + "class C { fun m() { val v = listOf(1).map { it + 1 } } }\n";

  private static final String GO =
      "package main\n"
          + "var top = 1\n"
          + "func outer(a int) func() int {\n"
          + "\tbody := map[string]int{\"model\": a}\n"
          + "\tinner := func() int { x := body[\"model\"]; return x }\n"
          + "\treturn inner\n"
          + "}\n"
          + "func (c *C) m() { v := func() {}; v() }\n";

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(Language.JAVASCRIPT, JS, new JsSyntax()),
        Arguments.of(Language.JAVASCRIPT, MINIFIED, new JsSyntax()),
        Arguments.of(Language.PYTHON, PYTHON, new PythonSyntax()),
        Arguments.of(Language.KOTLIN, KOTLIN, new KotlinSyntax()),
        Arguments.of(Language.GO, GO, new GoSyntax()));
  }

  @ParameterizedTest(name = "{0} #{index}")
  @MethodSource("files")
  void innermostIsWhatClimbingFinds(Language language, String text, MappingSyntax syntax) {
    check(language, text, syntax);
  }

  private static void check(Language language, String text, MappingSyntax syntax) {
    SyntaxTree tree = SyntaxTree.parse(language, text);
    Set<String> functions = syntax.types().functions();
    FunctionScopes scopes = new FunctionScopes(tree);
    List<TSNode> nodes = new ArrayList<>();
    TreeWalk.named(
        tree,
        (node, type) -> {
          if (functions.contains(type)) {
            scopes.add(node);
          }
          nodes.add(node);
          // During the walk, as TreeMappings asks: the functions met so far suffice.
          assertEquals(climb(tree, node, functions), chain(scopes, node), "walking, at " + node);
        });
    int nested = 0;
    for (TSNode node : nodes) {
      List<Integer> expected = climb(tree, node, functions);
      assertEquals(expected, chain(scopes, node), "after the walk, at " + node);
      nested = Math.max(nested, expected.size());
    }
    assertTrue(nested >= 2, "the snippet nests functions");
  }

  /** The starts of the functions around {@code node}, innermost first, by climbing the tree. */
  private static List<Integer> climb(SyntaxTree tree, TSNode node, Set<String> functions) {
    List<Integer> out = new ArrayList<>();
    for (TSNode n = node; n != null && !n.isNull(); n = n.getParent()) {
      if (functions.contains(n.getType())) {
        out.add(tree.start(n));
      }
    }
    return out;
  }

  private static List<Integer> chain(FunctionScopes scopes, TSNode node) {
    List<Integer> out = new ArrayList<>();
    for (int f = scopes.innermost(node); f >= 0; f = scopes.outer(f)) {
      out.add(scopes.start(f));
    }
    return out;
  }
}
