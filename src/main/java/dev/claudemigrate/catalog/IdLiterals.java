package dev.claudemigrate.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the catalog's models are written: every literal identifier (Bedrock, Anthropic, Vertex, and
 * the bogus forms that circulate) mapped to what it names, one pattern that finds them in any
 * surrounding (profile prefix, ARN, provider route), and the decoding of a match into an {@link
 * IdMatch}.
 */
final class IdLiterals {
  /** What one literal identifier string names. */
  private record Literal(Model model, IdForm form, boolean bogus) {}

  private final Map<String, Literal> literals;
  private final Pattern pattern;
  private final IdFinder finder;

  IdLiterals(Map<String, Model> models, Map<String, String> bogusIds) {
    Map<String, Literal> lit = new LinkedHashMap<>();
    for (Model m : models.values()) {
      lit.put(m.bedrockId(), new Literal(m, IdForm.BEDROCK_BASE, false));
      if (m.anthropicId() != null) {
        lit.put(m.anthropicId(), new Literal(m, IdForm.ANTHROPIC, false));
      }
      m.anthropicAliases().forEach(a -> lit.put(a, new Literal(m, IdForm.ANTHROPIC_ALIAS, false)));
      if (m.vertexId() != null) {
        lit.put(m.vertexId(), new Literal(m, IdForm.VERTEX, false));
      }
    }
    bogusIds.forEach(
        (id, key) -> lit.put(id, new Literal(models.get(key), IdForm.BEDROCK_BASE, true)));
    models
        .values()
        .forEach(
            m ->
                misversionedVertexIds(m)
                    .forEach(id -> lit.putIfAbsent(id, new Literal(m, IdForm.VERTEX, true))));
    // A Bedrock ID without its provider prefix is only recognisable by its version suffix
    // ("-v1:0"); without one it would be the Anthropic ID, which is already a literal.
    models
        .values()
        .forEach(
            m ->
                unprefixed(m)
                    .ifPresent(
                        id ->
                            lit.putIfAbsent(id, new Literal(m, IdForm.BEDROCK_UNPREFIXED, false))));
    this.literals = Map.copyOf(lit);
    this.pattern = buildPattern(lit.keySet());
    this.finder = new IdFinder(pattern, lit.keySet());
  }

  List<IdMatch> findAll(CharSequence text) {
    return finder.findAll(text, this::toMatch);
  }

  List<IdMatch> findAllPlain(CharSequence text) {
    return finder.findAllPlain(text, this::toMatch);
  }

  boolean anchored() {
    return finder.anchored();
  }

  Optional<IdMatch> identify(String text) {
    Matcher m = pattern.matcher(text);
    return m.matches() && m.group("route") == null ? Optional.of(toMatch(m)) : Optional.empty();
  }

  Set<String> strings() {
    return literals.keySet();
  }

  /** Each literal with what it names, read from the table: no pattern run per literal. */
  List<Catalog.KnownId> known() {
    return literals.entrySet().stream()
        .map(e -> new Catalog.KnownId(e.getKey(), e.getValue().model(), e.getValue().bogus()))
        .toList();
  }

  private static Optional<String> unprefixed(Model m) {
    String base = m.bedrockId();
    return base.startsWith(PROVIDER) && base.contains(":")
        ? Optional.of(base.substring(PROVIDER.length()))
        : Optional.empty();
  }

  private static final String PROVIDER = "anthropic.";

  /**
   * Vertex AI names with a Bedrock-style version inserted before the date, which do not exist but
   * circulate in samples ({@code claude-sonnet-4-v1@20250514} for {@code
   * claude-sonnet-4@20250514}): the {@code -v1} and {@code -v2} variants of each Vertex name that
   * has no version of its own.
   */
  private static List<String> misversionedVertexIds(Model m) {
    String vertex = m.vertexId();
    int at = vertex == null ? -1 : vertex.indexOf('@');
    if (at < 0 || vertex.substring(0, at).matches(".*-v\\d+")) {
      return List.of();
    }
    return List.of(1, 2).stream()
        .map(v -> vertex.substring(0, at) + "-v" + v + vertex.substring(at))
        .toList();
  }

  private static Pattern buildPattern(Set<String> ids) {
    String alternation =
        ids.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b)
            .orElse("(?!)");
    // A match may not start inside a longer token: the characters before must not continue an
    // identifier, a profile prefix or an ARN, so that "us.anthropic..." is matched whole and
    // "foundation-model/anthropic..." only as part of an ARN: a concrete one, or the tail of one
    // assembled from parts ("::foundation-model/..." after a "${AWS::Region}" or a quote). After a
    // "*" it is an IAM wildcard ARN: a grant, never a call, so it never matches.
    // A provider route may lead into the ID within the token (see ROUTE); it is matched, but the
    // found identifier starts after it. A ":<digits>" after an ID continues a longer version, so
    // it stops a match, except a context-window suffix (":18k", ":200k") of a
    // provisioned-throughput
    // variant, which names the same model: it is looked at, not matched, and kept in "window".
    // A line-comment opener ("//", "///") that starts the token is not part of it: commented-out
    // code is often written without a space ("//us.anthropic..."), and a URL's "//" follows ":".
    return Pattern.compile(
        "(?:(?<![A-Za-z0-9_.:/@-])|(?<=(?:^|[^A-Za-z0-9_.:/@-])/{2,3}))"
            + PLACEHOLDER_DEFAULT
            + ROUTE
            + "(?:(?<arn>arn:aws[a-z-]*:bedrock:(?<region>[A-Za-z0-9_-]+):(?<account>[A-Za-z0-9_-]*):"
            + "(?<kind>foundation-model|inference-profile)/)"
            + "|(?<!\\*)(?<part>:(?:[A-Za-z0-9_-]*:)?(?<partKind>foundation-model|inference-profile)/))?"
            + EXTRA_SEGMENTS
            + "(?:(?<prefix>"
            + PREFIXES
            + ")\\.)?"
            + "(?<id>"
            + alternation
            + ")(?:(?=(?<window>:[0-9]+k)(?![A-Za-z0-9_@.:/-]))|(?![A-Za-z0-9_@-])(?!:[0-9]))");
  }

  /** The inference-profile prefixes (geographies) a Bedrock ID may carry. */
  private static final String PREFIXES = "us-gov|global|apac|us|eu|jp|au|ca";

  /**
   * The name and separator of a placeholder whose default is the ID: Spring {@code
   * ${BEDROCK_MODEL_ID:anthropic.claude-...}}, shell and Compose {@code ${VAR:-...}}, {@code
   * ${VAR-...}}, {@code ${VAR:=...}}, {@code ${VAR=...}}. The default is a use (what runs when the
   * variable is unset); the match starts after the separator, so only the default is rewritten. The
   * default must close the placeholder ({@code }} before any space).
   */
  private static final String PLACEHOLDER_DEFAULT =
      "(?:(?<=\\$\\{)[A-Za-z_][A-Za-z0-9_.-]*?(?::-|:=|:|-|=)(?=[^}\\s]*\\}))?";

  /**
   * Segments before a Bedrock ID (or its profile prefix) that no ID has: a doubled or stray profile
   * prefix ({@code us.us.anthropic...}, {@code xx.eu.anthropic...}). Tried only when the token does
   * not match without them; the match then covers the whole malformed token and is reported, never
   * rewritten. Also the Bedrock provider (and a profile prefix) before an Anthropic API name, a
   * Bedrock ID without its version suffix ({@code anthropic.claude-sonnet-4-20250514}): no such ID
   * exists, and whether the base ID or a profile was meant is not known.
   */
  private static final String EXTRA_SEGMENTS =
      "(?:(?<extra>(?:(?:"
          + PREFIXES
          + "|[a-z]{2})\\.)+?(?=(?:(?:"
          + PREFIXES
          + ")\\.)?anthropic\\.)"
          + "|(?:(?:"
          + PREFIXES
          + ")\\.)?anthropic\\.(?=claude-)))??";

  /**
   * What may come before an ID in the same token and still name that model: a provider route of an
   * eval or proxy configuration (promptfoo {@code anthropic:messages:claude-...}, {@code
   * bedrock:anthropic.claude-...}; LiteLLM and aider {@code bedrock/anthropic.claude-...}, {@code
   * bedrock/converse/...}, {@code anthropic/claude-...}; LangChain and Pydantic AI {@code
   * anthropic:claude-...}, {@code bedrock_converse:...}), the {@code /model/} segment of a Bedrock
   * runtime URL (before an ID or an ARN), and the model path of a Vertex AI URL. Other paths stay
   * out: a file named after a model is not a use.
   */
  private static final String ROUTE =
      "(?<route>(?:(?:amazon[-_]?bedrock|bedrock(?:[-_]converse)?|anthropic|messages|chat|converse"
          + "|invoke|vertex(?:[-_]?ai)?|litellm)[:/])+"
          + "|(?:[A-Za-z0-9.:/_-]*/)?model/(?=(?:[a-z-]+\\.)?anthropic\\.|arn:aws)"
          + "|(?:[A-Za-z0-9.:/_-]*/)?publishers/anthropic/models/)?";

  private IdMatch toMatch(Matcher m) {
    Literal lit = literals.get(m.group("id"));
    String prefix = m.group("prefix");
    boolean bedrock = lit.form() == IdForm.BEDROCK_BASE;
    IdForm form = lit.form();
    // The tail of an assembled ARN counts only before a Bedrock ID, the form it completes.
    String arn =
        m.group("arn") != null ? "arn" : m.group("part") != null && bedrock ? "part" : null;
    if (arn != null && bedrock) {
      form =
          "inference-profile".equals(m.group(arn.equals("arn") ? "kind" : "partKind"))
              ? IdForm.INFERENCE_PROFILE_ARN
              : IdForm.FOUNDATION_MODEL_ARN;
    } else if (prefix != null && bedrock) {
      form = IdForm.INFERENCE_PROFILE;
    }
    String extra = m.group("extra");
    int start =
        m.start(arn != null ? arn : extra != null ? "extra" : prefix != null ? "prefix" : "id");
    return new IdMatch(
        start,
        m.end(),
        m.group().substring(start - m.start()),
        form,
        lit.model(),
        prefix,
        m.group("region"),
        m.group("account") == null || m.group("account").isEmpty() ? null : m.group("account"),
        lit.bogus(),
        m.group("window"),
        extra);
  }
}
