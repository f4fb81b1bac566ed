package dev.claudemigrate.engine.rules.invokemodel;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.structure.TreeWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Finds Bedrock InvokeModel calls in a syntax tree: boto3 {@code .invoke_model(}, SDK for Java
 * {@code .invokeModel(}, SDK for JavaScript {@code new InvokeModelCommand(}, Go {@code
 * .InvokeModel(}, Kotlin {@code .invokeModel(}, and their streaming forms. Method definitions,
 * strings (IAM action names) and comments are not calls, so the tree leaves them out.
 */
final class InvokeModelCalls {

  /**
   * One call.
   *
   * @param call the call expression
   * @param name the called name (the node reported)
   * @param streaming whether it is the response-stream variant
   * @param scope the enclosing function, or null at top level
   */
  record Call(TSNode call, TSNode name, boolean streaming, TSNode scope) {}

  /**
   * Per language: the names that are InvokeModel calls (true = streaming) and the function node
   * types.
   */
  private record Syntax(Map<String, Boolean> names, List<String> functions) {}

  private static final Map<Language, Syntax> SYNTAX =
      Map.of(
          Language.PYTHON,
              new Syntax(
                  Map.of("invoke_model", false, "invoke_model_with_response_stream", true),
                  List.of("function_definition")),
          Language.JAVA,
              new Syntax(
                  Map.of("invokeModel", false, "invokeModelWithResponseStream", true),
                  List.of("method_declaration", "constructor_declaration")),
          Language.JAVASCRIPT, js(),
          Language.TYPESCRIPT, js(),
          Language.GO,
              new Syntax(
                  Map.of("InvokeModel", false, "InvokeModelWithResponseStream", true),
                  List.of("function_declaration", "method_declaration", "func_literal")),
          Language.KOTLIN,
              new Syntax(
                  Map.of("invokeModel", false, "invokeModelWithResponseStream", true),
                  List.of("function_declaration")));

  private static final Set<String> CALL_TYPES =
      Set.of("call", "method_invocation", "new_expression", "call_expression");

  private InvokeModelCalls() {}

  private static Syntax js() {
    return new Syntax(
        Map.of(
            "InvokeModelCommand",
            false,
            "InvokeModelWithResponseStreamCommand",
            true,
            "invokeModel",
            false,
            "invokeModelWithResponseStream",
            true),
        List.of(
            "function_declaration",
            "method_definition",
            "arrow_function",
            "function_expression",
            "function"));
  }

  /** The InvokeModel calls of a parsed file in {@code language}. */
  static List<Call> find(SyntaxTree tree, Language language) {
    Syntax syntax = SYNTAX.get(language);
    List<Call> out = new ArrayList<>();
    if (syntax == null) {
      return out;
    }
    String[] functions = syntax.functions().toArray(String[]::new);
    TreeWalk.named(
        tree,
        (node, type) -> {
          TSNode name = CALL_TYPES.contains(type) ? calledName(node, language) : null;
          if (name != null && syntax.names().containsKey(tree.text(name))) {
            TSNode parent = node.getParent();
            out.add(
                new Call(
                    node,
                    name,
                    syntax.names().get(tree.text(name)),
                    SyntaxTree.ancestor(parent, functions)));
          }
        });
    return out;
  }

  /** The name a call node calls on a receiver (a client), or null when the node is no such call. */
  private static TSNode calledName(TSNode node, Language language) {
    return switch (language) {
      case PYTHON ->
          node.getType().equals("call")
              ? memberName(node.getChildByFieldName("function"), "attribute", "attribute")
              : null;
      case JAVA ->
          node.getType().equals("method_invocation") && present(node.getChildByFieldName("object"))
              ? node.getChildByFieldName("name")
              : null;
      case JAVASCRIPT, TYPESCRIPT -> jsName(node);
      case GO ->
          node.getType().equals("call_expression")
              ? memberName(node.getChildByFieldName("function"), "selector_expression", "field")
              : null;
      case KOTLIN -> kotlinName(node);
      default -> null;
    };
  }

  private static TSNode jsName(TSNode node) {
    if (node.getType().equals("new_expression")) {
      TSNode ctor = node.getChildByFieldName("constructor");
      return present(ctor) && ctor.getType().equals("identifier") ? ctor : null;
    }
    return node.getType().equals("call_expression")
        ? memberName(node.getChildByFieldName("function"), "member_expression", "property")
        : null;
  }

  private static TSNode kotlinName(TSNode node) {
    if (!node.getType().equals("call_expression") || node.getNamedChildCount() < 2) {
      return null;
    }
    TSNode callee = node.getNamedChild(0);
    if (!callee.getType().equals("navigation_expression") || callee.getNamedChildCount() != 2) {
      return null;
    }
    TSNode suffix = callee.getNamedChild(1);
    return suffix.getNamedChildCount() == 1 ? suffix.getNamedChild(0) : null;
  }

  private static TSNode memberName(TSNode function, String type, String field) {
    return present(function) && function.getType().equals(type)
        ? function.getChildByFieldName(field)
        : null;
  }

  private static boolean present(TSNode n) {
    return n != null && !n.isNull();
  }
}
