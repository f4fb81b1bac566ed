package dev.claudemigrate.engine.rules.stopreason;

import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.field;
import static dev.claudemigrate.engine.rules.stopreason.BranchingSyntax.firstChild;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.structure.TreeWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Enumerations written to mirror the API's stop reasons ({@code enum class StopReason { END_TURN,
 * MAX_TOKENS, STOP_SEQUENCE, TOOL_USE }}, a Python {@code class StopReason(str, Enum)}). A response
 * is decoded into such an enum, so a value it does not list cannot arrive at all: decoding a Claude
 * 4 {@code refusal} fails, or yields null, before any branch could handle it. A Python {@code
 * Literal["end_turn", "max_tokens", "stop_sequence"]} that types a pydantic model's field is the
 * same closed set: validation rejects a value it does not list. So is a Go integer type whose
 * constants are the stop reasons ({@link GoIntEnums}), a C# {@code enum} (System.Text.Json and
 * Newtonsoft reject a name it does not list), and a Rust enum that derives serde's {@code
 * Deserialize} without a {@code #[serde(other)]} variant.
 */
final class StopReasonEnums {
  /**
   * A constant that catches values the enum does not list, so decoding does not fail: on its own
   * ({@code UNKNOWN}) or after the type's name, as Go writes constants ({@code StopReasonUnknown}).
   */
  static final Pattern CATCH_ALL =
      Pattern.compile(
          "(?i)\\b(unknown\\w*|other|unrecognized|unsupported)\\b"
              + "|(?-i:(?<=[a-z0-9])(Unknown\\w*|Other|Unrecognized|Unsupported)\\b)");

  /** A Rust {@code #[derive(..., Deserialize, ...)]}. */
  private static final Pattern DESERIALIZE =
      Pattern.compile("\\bderive\\s*\\([^)]*\\bDeserialize\\b");

  private static final Pattern PYTHON_ENUM_BASE = Pattern.compile("\\b\\w*Enum\\b");

  /** The bases of a model that validates its fields' types (pydantic). */
  private static final Pattern VALIDATING_BASE =
      Pattern.compile("\\b(BaseModel|RootModel|BaseSettings)\\b");

  /** {@code Literal[...]} ({@code typing.Literal} too) of string literals only: the group. */
  private static final Pattern LITERAL =
      Pattern.compile(
          "^(?:\\w+\\.)*Literal\\s*\\[\\s*((?:\"[^\"\\n]*\"|'[^'\\n]*')"
              + "(?:\\s*,\\s*(?:\"[^\"\\n]*\"|'[^'\\n]*'))*)\\s*,?\\s*]$");

  /**
   * One enum.
   *
   * @param nameStart where its name starts
   * @param headerEnd where its body starts (the finding covers the head)
   * @param name its name
   * @param values the known stop values its constants name
   * @param literal whether it is a Python {@code Literal[...]} type rather than an enum
   */
  record StopEnum(int nameStart, int headerEnd, String name, Set<String> values, boolean literal) {}

  private StopReasonEnums() {}

  /**
   * The enums of a parsed file that list three or more stop reasons, at least one that only a stop
   * reason is ({@link StopReasonCheck#namesStopReasons}), and no catch-all constant.
   */
  static List<StopEnum> find(SyntaxTree tree, Language language) {
    List<StopEnum> out = new ArrayList<>();
    TreeWalk.named(
        tree,
        (node, type) -> {
          if (language == Language.PYTHON) {
            literal(tree, node, type).ifPresent(out::add);
          }
          TSNode body = body(tree, node, type, language);
          if (body == null) {
            return;
          }
          // A Go constant's line comment is its JSON name under enumer -linecomment: kept.
          String text = language == Language.GO ? tree.text(body) : StopReasonRule.code(tree, body);
          Set<String> values = StopReasonCheck.values(text);
          if (values.size() >= 3
              && StopReasonCheck.namesStopReasons(values)
              && !CATCH_ALL.matcher(text).find()) {
            TSNode name = field(node, "name");
            if (name == null) {
              name = firstChild(node, "type_identifier"); // Kotlin: no field names
            }
            TSNode at = name == null ? node : name;
            out.add(
                new StopEnum(
                    tree.start(at),
                    language == Language.GO ? tree.end(node) : tree.start(body),
                    name == null ? "enum" : tree.text(name),
                    values,
                    false));
          }
        });
    return out;
  }

  /**
   * A Python {@code Literal[...]} of strings that names a closed set of stop reasons (as {@link
   * #find} asks of an enum), named after the variable or field it types when there is one.
   */
  private static Optional<StopEnum> literal(SyntaxTree tree, TSNode node, String type) {
    if (!type.equals("subscript") && !type.equals("generic_type")) {
      return Optional.empty();
    }
    Matcher m = LITERAL.matcher(tree.text(node));
    if (!m.matches()) {
      return Optional.empty();
    }
    Set<String> values = StopReasonCheck.values(m.group(1));
    if (values.size() < 3
        || !StopReasonCheck.namesStopReasons(values)
        || CATCH_ALL.matcher(m.group(1)).find()) {
      return Optional.empty();
    }
    TSNode field = validatedField(tree, node);
    if (field == null) {
      return Optional.empty();
    }
    String name = "Literal type of " + tree.text(field(field, "left"));
    return Optional.of(new StopEnum(tree.start(node), tree.end(node), name, values, true));
  }

  /**
   * The field assignment whose type annotation holds {@code literal}, when it stands directly in
   * the body of a validating model ({@code class Message(BaseModel)}: pydantic's {@code BaseModel},
   * {@code RootModel}, {@code BaseSettings}), or null. A type hint elsewhere (a type alias, a
   * parameter, a plain class) is not checked at run time: a refusal passes it.
   */
  private static TSNode validatedField(SyntaxTree tree, TSNode literal) {
    TSNode p = literal.getParent();
    while (p != null && !p.isNull() && !p.getType().equals("assignment")) {
      p = p.getParent();
    }
    TSNode type = p == null || p.isNull() ? null : field(p, "type");
    if (type == null
        || tree.start(literal) < tree.start(type)
        || tree.end(type) < tree.end(literal)) {
      return null;
    }
    TSNode cls = p.getParent() == null ? null : p.getParent().getParent();
    cls = cls == null || cls.isNull() ? null : cls.getParent();
    if (cls == null || cls.isNull() || !cls.getType().equals("class_definition")) {
      return null;
    }
    TSNode bases = field(cls, "superclasses");
    return bases != null && VALIDATING_BASE.matcher(tree.text(bases)).find() ? p : null;
  }

  /** The body of an enum declaration (a Go integer type: its const block), or null for none. */
  private static TSNode body(SyntaxTree tree, TSNode node, String type, Language language) {
    return switch (language) {
      case JAVA, TYPESCRIPT, JAVASCRIPT, CSHARP ->
          type.equals("enum_declaration") ? field(node, "body") : null;
      case RUST ->
          type.equals("enum_item") && deserialized(tree, node) ? field(node, "body") : null;
      case KOTLIN -> type.equals("class_declaration") ? firstChild(node, "enum_class_body") : null;
      case GO -> GoIntEnums.members(tree, node, type);
      case PYTHON -> {
        if (!type.equals("class_definition")) {
          yield null;
        }
        TSNode bases = field(node, "superclasses");
        yield bases != null && PYTHON_ENUM_BASE.matcher(tree.text(bases)).find()
            ? field(node, "body")
            : null;
      }
      default -> null;
    };
  }

  /**
   * Whether a Rust enum derives serde's {@code Deserialize} (an attribute above it): a response is
   * decoded into it, and a variant it does not list fails to decode unless one is {@code
   * #[serde(other)]} (a catch-all, see {@link #CATCH_ALL}). An enum built by hand from the string
   * is left to the code that builds it.
   */
  private static boolean deserialized(SyntaxTree tree, TSNode node) {
    for (TSNode p = node.getPrevNamedSibling();
        p != null
            && !p.isNull()
            && p.getType().matches("attribute_item|line_comment|block_comment");
        p = p.getPrevNamedSibling()) {
      if (DESERIALIZE.matcher(tree.text(p)).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finding's message and advice for {@code e}, or empty when it lists what the target needs:
   * {@code refusal} (Messages API), or for a mirror of Converse ({@code content_filtered} or
   * another value only Converse has) its refusal values; and each of the target's own values.
   */
  static Optional<String[]> judge(StopEnum e, StopReasonCheck.Returns target) {
    Set<String> v = e.values();
    boolean converse =
        v.stream()
            .anyMatch(
                x -> StopReasonCheck.CONVERSE.contains(x) && !StopReasonCheck.MESSAGES.contains(x));
    StopReasonCheck.Facts facts =
        new StopReasonCheck.Facts(true, converse ? "" : "stop_reason", v, false, false, "");
    return StopReasonCheck.verdict(facts, !converse, target)
        .map(
            verdict -> {
              String missing = String.join(" or ", verdict.missing());
              String message =
                  e.name()
                      + " lists the stop reasons "
                      + String.join(", ", v)
                      + " but not "
                      + missing
                      + (e.literal()
                          ? ": a response that stops with it does not fit this type (a validating"
                              + " model such as pydantic rejects it)"
                          : ": a response that stops with it cannot be decoded into this enum"
                              + " (decoding fails or yields null)")
                      + ", so a refusal never reaches the code that should handle it"
                      + (converse ? "" : " (refusal is new in Claude 4)");
              String fix =
                  "Add "
                      + String.join(" and ", verdict.missing())
                      + " to "
                      + e.name()
                      + (e.literal()
                          ? " (or widen it to str)"
                          : " (or a catch-all for values it does not know)")
                      + ", then handle a refusal where "
                      + (e.literal() ? "the value is read" : "the enum is used")
                      + ": do not use the reply as an answer.";
              return new String[] {message, fix};
            });
  }
}
