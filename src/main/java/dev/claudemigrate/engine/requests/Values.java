package dev.claudemigrate.engine.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Member;
import dev.claudemigrate.engine.syntax.structure.Value;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the values of one file's request objects as JSON, without running anything: literals,
 * nested objects, lists, names initialised once ({@link Constants}), wrapper calls such as {@code
 * json.dumps(x)} or {@code aws.String(x)}, and environment lookups with a literal default. What it
 * cannot evaluate is {@link Read#runtime built at run time}, with its source expression.
 */
final class Values {
  private static final int MAX_DEPTH = 8;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern NUMBER =
      Pattern.compile("-?(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?[fFdDlL]?");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
  private static final Pattern LIST_CALL =
      Pattern.compile(
          "^(?:listOf|mutableListOf|arrayOf|setOf|List\\.of|Set\\.of|Arrays\\.asList|\\[\\][\\w.*]+)\\s*[({]");

  /**
   * Calls that stand for their (first) argument: SDK value wrappers and serialisers. Any other
   * call, an environment lookup without a default say, is built at run time.
   */
  private static final Pattern WRAPPER =
      Pattern.compile(
          "^(?:[\\w$]+\\.)*(?:String|Int|Int32|Int64|Float32|Float64|Bool|dumps|stringify|valueOf"
              + "|fromMap|fromList|fromString|fromNumber|fromUtf8String|fromText|Text|Marshal"
              + "|str|int|float|dict|of)\\s*\\(");

  private static final List<Pattern> ENV_DEFAULTS =
      List.of(
          Pattern.compile(
              "(?s)^(?:os\\.)?(?:environ\\.get|getenv)\\(\\s*[\"']([\\w.]+)[\"']\\s*,\\s*(.+)\\)$"),
          Pattern.compile(
              "(?s)^process\\.env(?:\\.(\\w+)|\\[\\s*[\"'](\\w+)[\"']\\s*])\\s*(?:\\?\\?|\\|\\|)\\s*(.+)$"),
          Pattern.compile(
              "(?s)^System\\.getenv\\(\\)\\.getOrDefault\\(\\s*\"(\\w+)\"\\s*,\\s*(.+)\\)$"),
          Pattern.compile("(?s)^System\\.getenv\\(\\s*\"(\\w+)\"\\s*\\)\\s*\\?:\\s*(.+)$"));

  private final SourceFile file;
  private final String text;
  private final Map<Integer, Mapping> byStart = new HashMap<>();
  private final Constants constants;

  Values(SourceFile file, List<Mapping> all) {
    this.file = file;
    this.text = file.text();
    this.constants = new Constants(file);
    all.forEach(m -> byStart.putIfAbsent(m.start(), m));
  }

  /** The value of {@code m} as JSON. */
  Read<JsonNode> json(Member m) {
    return json(m, 0);
  }

  private Read<JsonNode> json(Member m, int depth) {
    Value v = m.value();
    if (v.kind() == Value.Kind.OBJECT) {
      return object(v.mapping(), depth + 1);
    }
    if (fromJson(m)) {
      return jsonScalar(m, depth);
    }
    int start = valueStart(m);
    return start < m.end()
        ? expression(start, m.end(), depth)
        : expression(m.keyStart(), m.keyEnd(), depth);
  }

  /**
   * Whether the member was read from JSON (a JSON string inside code, or a JSON file): its key
   * offset is just inside the key's quotes, where code keys include their quotes or have none.
   */
  private boolean fromJson(Member m) {
    int k = m.keyStart();
    return k > 0 && "\"'".indexOf(text.charAt(k - 1)) >= 0 && "\"'".indexOf(text.charAt(k)) < 0;
  }

  /** A JSON member's value: the parser's own scalar, or an array read from the text. */
  private Read<JsonNode> jsonScalar(Member m, int depth) {
    Value v = m.value();
    return switch (v.kind()) {
      case STRING -> Read.known(F.textNode(v.text()));
      case NUMBER -> number(v.text()).map(Read::known).orElse(Read.runtime(v.text()));
      case BOOLEAN -> Read.known(F.booleanNode(v.text().equalsIgnoreCase("true")));
      case NULL -> Read.known(F.nullNode());
      default -> {
        int open = text.indexOf('[', m.keyEnd());
        yield open >= 0 && open < m.end()
            ? list(open, text.substring(open, m.end()), depth)
            : Read.runtime(v.text());
      }
    };
  }

  /** Where a member's value starts: past the key, its closing quote and {@code : = , (}. */
  private int valueStart(Member m) {
    int p = m.keyEnd();
    if (p < text.length()
        && "\"'`".indexOf(text.charAt(p)) >= 0
        && m.keyStart() > 0
        && text.charAt(m.keyStart() - 1) == text.charAt(p)) {
      p++;
    }
    while (p < m.end()
        && (Character.isWhitespace(text.charAt(p)) || ":=,(".indexOf(text.charAt(p)) >= 0)) {
      p++;
    }
    return p;
  }

  /** The object a member holds, directly or through a name initialised once. */
  Optional<Mapping> mapping(Member m) {
    if (m.value().mapping() != null) {
      return Optional.of(m.value().mapping());
    }
    String t = m.value().text().strip();
    if (IDENTIFIER.matcher(t).matches()) {
      return constants.definition(t).map(d -> byStart.get(d[0]));
    }
    return Optional.empty();
  }

  /** Every member of {@code m} as JSON; any member built at run time makes the object so. */
  Read<JsonNode> object(Mapping m, int depth) {
    ObjectNode o = F.objectNode();
    String note = null;
    for (Member member : m.members()) {
      Read<JsonNode> r = depth > MAX_DEPTH ? Read.runtime(member.key()) : json(member, depth);
      if (!r.isKnown()) {
        return Read.runtime(member.key() + ": " + r.runtime());
      }
      note = note == null ? r.note() : note;
      o.set(member.key(), r.value());
    }
    return new Read<>((JsonNode) o, null, note);
  }

  /** The JSON value of the expression at {@code [start, end)}. */
  Read<JsonNode> expression(int start, int end, int depth) {
    String t = text.substring(start, end).strip();
    start = text.indexOf(t, start);
    if (depth > MAX_DEPTH || t.isEmpty()) {
      return Read.runtime(t);
    }
    Mapping m = byStart.get(start);
    if (m != null && m.end() == start + t.length()) {
      return object(m, depth + 1);
    }
    Optional<String> s = Literals.string(t, file.language());
    if (s.isPresent()) {
      return Read.known(F.textNode(s.get()));
    }
    Optional<JsonNode> scalar = scalar(t);
    if (scalar.isPresent()) {
      return Read.known(scalar.get());
    }
    if (t.startsWith("[") || LIST_CALL.matcher(t).find()) {
      return list(start, t, depth);
    }
    if (IDENTIFIER.matcher(t).matches()) {
      return constants
          .definition(t)
          .map(d -> expression(d[0], d[1], depth + 1))
          .orElse(Read.runtime(t));
    }
    return call(start, t, depth);
  }

  /** An environment lookup with a literal default, or a wrapper call of one argument. */
  private Read<JsonNode> call(int start, String t, int depth) {
    for (Pattern p : ENV_DEFAULTS) {
      Matcher e = p.matcher(t);
      if (e.matches()) {
        String name = e.group(1) != null ? e.group(1) : e.group(2);
        int at = start + e.start(e.groupCount());
        Read<JsonNode> d = expression(at, start + e.end(e.groupCount()), depth + 1);
        return d.isKnown() ? d.noted("default of " + name) : Read.runtime(t);
      }
    }
    Matcher w = WRAPPER.matcher(t);
    if (w.find()) {
      int open = start + w.end() - 1;
      List<int[]> args =
          Spans.closing(text, open) == start + t.length() - 1 ? Spans.elements(text, open) : null;
      if (args != null && !args.isEmpty()) {
        Read<JsonNode> inner = expression(args.get(0)[0], args.get(0)[1], depth + 1);
        if (inner.isKnown() && (args.size() == 1 || inner.value().isObject())) {
          return inner;
        }
      }
    }
    return Read.runtime(t);
  }

  private Read<JsonNode> list(int start, String t, int depth) {
    int open =
        t.startsWith("[")
            ? start
            : start + LIST_CALL.matcher(t).results().findFirst().orElseThrow().end() - 1;
    // [a] + b or listOf(a).plus(b) go on past the list: built at run time.
    List<int[]> elements =
        Spans.closing(text, open) == start + t.length() - 1 ? Spans.elements(text, open) : null;
    if (elements == null) {
      return Read.runtime(t);
    }
    ArrayNode a = F.arrayNode();
    String note = null;
    for (int[] e : elements) {
      Read<JsonNode> r = expression(e[0], e[1], depth + 1);
      if (!r.isKnown()) {
        return Read.runtime(r.runtime());
      }
      note = note == null ? r.note() : note;
      a.add(r.value());
    }
    return new Read<>((JsonNode) a, null, note);
  }

  private static Optional<JsonNode> scalar(String t) {
    Optional<JsonNode> n = number(t);
    if (n.isPresent()) {
      return n;
    }
    return switch (t) {
      case "true", "True" -> Optional.of(F.booleanNode(true));
      case "false", "False" -> Optional.of(F.booleanNode(false));
      case "null", "None", "nil" -> Optional.of(F.nullNode());
      default -> Optional.empty();
    };
  }

  private static Optional<JsonNode> number(String t) {
    String s = t.replace("_", "").strip();
    if (!NUMBER.matcher(s).matches()) {
      return Optional.empty();
    }
    s = s.replaceAll("[fFdDlL]$", "");
    BigDecimal d = new BigDecimal(s);
    boolean integral = !s.contains(".") && !s.toLowerCase(Locale.ROOT).contains("e");
    if (!integral) {
      return Optional.of(F.numberNode(d.doubleValue()));
    }
    long l = d.longValue();
    return Optional.of(l == (int) l ? F.numberNode((int) l) : F.numberNode(l));
  }
}
