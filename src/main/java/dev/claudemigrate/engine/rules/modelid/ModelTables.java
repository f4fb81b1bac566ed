package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.rule.ModelCatalogs;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.Listings;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Places where code names old models on purpose rather than using one: a map keyed by model ID
 * (prices, capabilities, limits), a deprecation map from an old ID to its successor, a list that
 * enumerates several models, a usage or billing filter, and code that compares a model against an
 * ID to decide a feature. Rewriting any of them changes what the program knows about models, so
 * such an ID is reported at most, never rewritten.
 */
final class ModelTables {
  /** A list that names this many distinct models or more is a catalog or a choice, not a use. */
  static final int MANY_MODELS = 3;

  /**
   * A set or map literal ({@code {...}}) that names this many distinct models or more lists them (a
   * name-to-ID table, a set of models with some feature). One more than a list: a settings object
   * may well choose a model per role ({@code model}, {@code small_model}, {@code fallback}), and
   * each of those is a use.
   */
  static final int MANY_IN_BRACES = MANY_MODELS + 1;

  /**
   * A default chosen in a catalog is a use: {@code DEFAULT_MODEL = ...}, {@code defaultModelId:}.
   */
  private static final Pattern DEFAULT = Pattern.compile("(?i)default");

  private static final Pattern BILLING =
      Pattern.compile("(?i)usage|billing|\\bcosts?\\b|_cost|cost_|pric(e|es|ing)\\b|per_m?tok");

  /**
   * Parameters of a query over a period (a usage, cost or metrics API): a model named beside them
   * selects historical records, it does not choose the model to call.
   */
  private static final Pattern PERIOD =
      Pattern.compile(
          "(?i)\\b(starting_at|ending_at|start_?time|end_?time|start_?date|end_?date"
              + "|bucket_width|time_?period|granularity)\\b");

  /** How far back the literal that holds a filter may open. */
  private static final int QUERY_REACH = 1500;

  private static final Pattern COMPARISON =
      Pattern.compile(
          "(?:===?|!==?|\\bcase\\s|\\bin|\\bis|\\.equals(?:IgnoreCase)?\\(|[sS]tarts_?[wW]ith\\(|HasPrefix\\([^,]*,|\\.includes\\(|\\.contains\\()\\s*[(\\[]?\\s*$");

  /** {@code "claude-...".equals(model)}, {@code "claude-..." == model}. */
  private static final Pattern EQUALS_AFTER =
      Pattern.compile("\\.equals(?:IgnoreCase)?\\(|[=!]==?(?!=)");

  /**
   * A quoted ID tested for containment ({@code "claude-3-7-sonnet-20250219" in model}, Python's
   * {@code not in}, JavaScript's {@code in}): a decision by model, as an equality test is.
   */
  private static final Pattern IN_AFTER = Pattern.compile("(?:not\\s+)?in\\s+[\\w(\\[]");

  /**
   * A telemetry attribute that records which model a call used (OpenTelemetry GenAI, OpenLLMetry,
   * OpenInference, Vercel AI SDK), written as its quoted dotted name or its semantic-convention
   * constant, and followed by the separator that precedes its value.
   */
  private static final Pattern TELEMETRY =
      Pattern.compile(
          "(?:['\"`](?:gen_ai|llm|ai)\\.(?:request\\.|response\\.)?model(?:[._](?:name|id))?['\"`]"
              + "\\s*(?::|=>|,|\\]\\s*=|\\)\\s*=)"
              + "|\\b(?:(?:GEN_AI|LLM)_(?:REQUEST|RESPONSE)_MODEL|SpanAttributes\\.LLM_MODEL_NAME)"
              + "(?:\\]\\s*=|\\]?\\s*[:,])"
              + "|\\bGenAI(?:Request|Response)Model(?:Key\\.String)?\\()\\s*$");

  /**
   * The line before a one-entry mapping item of a YAML list whose key is the ID ({@code -
   * anthropic.claude-...: alias}), perhaps after a provider route: a gateway's model list.
   */
  private static final Pattern LIST_ITEM_KEY = Pattern.compile("^\\s*-\\s+[\\w./:@-]*$");

  /** The value of such an item: one alias, perhaps quoted, perhaps followed by a comment. */
  private static final Pattern ALIAS = Pattern.compile("^['\"]?[\\w.@:/-]+['\"]?\\s*(?:#.*)?$");

  private ModelTables() {}

  /** Whether {@code m} stands in a table or a comparison rather than a use, and which. */
  static Optional<NotAUse.Kind> of(SourceFile file, IdMatch m, List<IdMatch> all) {
    String text = file.text();
    int after = TextScan.skipWhite(text, skipQuote(text, m.end()));
    int before = TextScan.lineStart(text, m.start());
    String head = lineHead(text, m.start());
    if (TELEMETRY.matcher(head).find()) {
      return Optional.of(NotAUse.Kind.TELEMETRY);
    }
    if (gatewayEntry(text, m, head, after, all)) {
      return Optional.empty();
    }
    // Code only, and a string's quote: prose says "`claude-...` in our accounts".
    boolean quoted =
        file.language().isCode()
            && m.end() < text.length()
            && (text.charAt(m.end()) == '"' || text.charAt(m.end()) == '\'');
    if (COMPARISON.matcher(head).find()
        || EQUALS_AFTER.matcher(text).region(after, text.length()).lookingAt()
        || (quoted && IN_AFTER.matcher(text).region(after, text.length()).lookingAt())) {
      return Optional.of(NotAUse.Kind.COMPARISON);
    }
    if (startsKey(text, after)) {
      return Optional.of(
          at(all, m, valueAt(text, after)).map(v -> pairKind(m, v)).orElse(NotAUse.Kind.KEY));
    }
    Optional<IdMatch> key = oldKey(text, m, all);
    if (key.isPresent()) {
      // The alias a gateway list item serves its upstream ID under is the name clients send: the
      // item's key is the use (gatewayEntry), the alias stays as it is.
      boolean served = LIST_ITEM_KEY.matcher(lineHead(text, key.get().start())).find();
      return Optional.of(served ? NotAUse.Kind.DEPRECATION_MAP : pairKind(key.get(), m));
    }
    if (pairedByEquals(text, m, after, all)) {
      return Optional.of(NotAUse.Kind.ALIAS_MAP);
    }
    String line = text.substring(before, TextScan.lineEnd(text, m.end()));
    if (BILLING.matcher(line.replace(m.text(), " ")).find() || inPeriodQuery(file, m)) {
      return Optional.of(NotAUse.Kind.BILLING);
    }
    if (ModelRoutes.isRoute(file, m)) {
      return Optional.empty(); // a live configuration's entry, however many models it lists
    }
    if (listOfMany(file, m, all) || TypeUnions.ofMany(file, m, all, MANY_MODELS)) {
      return Optional.of(NotAUse.Kind.LIST);
    }
    if (inCatalog(file, m, all, line)) {
      return Optional.of(NotAUse.Kind.CATALOG);
    }
    return PerModelTypes.isPerModel(file, m)
        ? Optional.of(NotAUse.Kind.PER_MODEL)
        : Optional.empty();
  }

  /**
   * Whether {@code m} is a filter value of a query over a period: the bracket or brace literal (or
   * call) that holds it names a period parameter before it or on its line, as in {@code params =
   * {'starting_at': ..., 'ending_at': ..., 'models[]': ['claude-...']}}.
   */
  private static boolean inPeriodQuery(SourceFile file, IdMatch m) {
    String text = file.text();
    int open = -1;
    for (char[] pair : new char[][] {{'{', '}'}, {'(', ')'}}) {
      int o = TextScan.unclosedBefore(text, m.start(), pair[0], pair[1]);
      if (o > open && (pair[0] == '(' || !Listings.opensCodeBlock(file, o))) {
        open = o;
      }
    }
    if (open < 0 || m.start() - open > QUERY_REACH) {
      return false;
    }
    String around =
        text.substring(open, m.start()) + text.substring(m.end(), TextScan.lineEnd(text, m.end()));
    return PERIOD.matcher(around).find();
  }

  /** Whether {@code m} is an entry of a catalog of models, and not the default it chooses. */
  private static boolean inCatalog(SourceFile file, IdMatch m, List<IdMatch> all, String line) {
    if (DEFAULT
        .matcher(line.substring(0, m.start() - TextScan.lineStart(file.text(), m.start())))
        .find()) {
      return false;
    }
    return ModelCatalogs.of(file, all).contains(m.start());
  }

  /**
   * Whether {@code m} is the key of a one-entry mapping item in a YAML list whose value is a
   * client-facing alias ({@code - anthropic.claude-...-v1:0: claude-sonnet}): a gateway (LiteLLM,
   * uni-api, one-api) calls the key upstream and serves it under the alias, so the key is a live
   * use. Only a value that names another model makes the item a deprecation map (old to new).
   */
  private static boolean gatewayEntry(
      String text, IdMatch m, String head, int after, List<IdMatch> all) {
    if (!LIST_ITEM_KEY.matcher(head).find()
        || after >= text.length()
        || text.charAt(after) != ':'
        || !startsKey(text, after)) {
      return false;
    }
    int value = valueAt(text, after);
    int quoted = value > 0 && isQuote(text.charAt(value - 1)) ? value - 1 : value;
    if (!ALIAS.matcher(text.substring(quoted, TextScan.lineEnd(text, value))).find()) {
      return false;
    }
    return all.stream()
        .noneMatch(o -> o != m && o.start() == value && !o.model().key().equals(m.model().key()));
  }

  /** A key ends with ':' (not '::', not a port or version) or '=>', or Kotlin's ' to '. */
  private static boolean startsKey(String text, int at) {
    if (text.startsWith("=>", at) || text.startsWith("to ", at)) {
      return true;
    }
    return at < text.length()
        && text.charAt(at) == ':'
        && (at + 1 == text.length() || " \t\r\n\"'{[".indexOf(text.charAt(at + 1)) >= 0);
  }

  /**
   * Whether {@code m} is the name side of a map from the name clients send to the ID called for it
   * (both sides the same model): the name the project resolves (docs/adr/0113).
   */
  static boolean aliasKey(SourceFile file, IdMatch m, List<IdMatch> all) {
    String text = file.text();
    int after = TextScan.skipWhite(text, skipQuote(text, m.end()));
    return startsKey(text, after)
        && at(all, m, valueAt(text, after))
            .filter(v -> pairKind(m, v) == NotAUse.Kind.ALIAS_MAP)
            .isPresent();
  }

  /** The offset where the value after a key's separator starts. */
  private static int valueAt(String text, int separator) {
    int sep = text.startsWith("=>", separator) ? 2 : text.startsWith("to ", separator) ? 2 : 1;
    return skipQuote(text, TextScan.skipWhite(text, separator + sep));
  }

  /** Another ID of the file that starts at {@code at}. */
  private static Optional<IdMatch> at(List<IdMatch> all, IdMatch m, int at) {
    return all.stream().filter(o -> o != m && o.start() == at).findFirst();
  }

  /** An old-to-new map, or an alias map where both sides name the same model. */
  private static NotAUse.Kind pairKind(IdMatch key, IdMatch value) {
    return key.model().key().equals(value.model().key())
        ? NotAUse.Kind.ALIAS_MAP
        : NotAUse.Kind.DEPRECATION_MAP;
  }

  /**
   * Whether {@code m} is one side of a {@code NAME=ID} pair of the same model, as in a proxy's
   * mapping string ({@code "claude-3-5-sonnet-20240620=anthropic.claude-3-5-sonnet-...,..."}) or an
   * HCL map: the ID right before or after a single {@code =}. Pairs of two different models are
   * left to the other tests (an assignment {@code OLD=NEW} reads the same as a map entry).
   */
  private static boolean pairedByEquals(String text, IdMatch m, int after, List<IdMatch> all) {
    if (after < text.length() - 1 && text.charAt(after) == '=' && text.charAt(after + 1) != '=') {
      Optional<IdMatch> v = at(all, m, valueAt(text, after));
      if (v.isPresent() && pairKind(m, v.get()) == NotAUse.Kind.ALIAS_MAP) {
        return true;
      }
    }
    int i = TextScan.skipWhiteBack(text, openQuote(text, m.start()));
    if (i < 2 || text.charAt(i - 1) != '=' || "=!<>".indexOf(text.charAt(i - 2)) >= 0) {
      return false;
    }
    int end = keyEnd(text, i - 1);
    return all.stream()
        .anyMatch(o -> o != m && o.end() == end && pairKind(o, m) == NotAUse.Kind.ALIAS_MAP);
  }

  /** The key of the mapping entry whose value is {@code m}, when that key is a model ID. */
  private static Optional<IdMatch> oldKey(String text, IdMatch m, List<IdMatch> all) {
    int i = TextScan.skipWhiteBack(text, openQuote(text, m.start()));
    int sep;
    if (i >= 2 && text.startsWith("=>", i - 2)) {
      sep = i - 2;
    } else if (i >= 1 && text.charAt(i - 1) == ':') {
      sep = i - 1;
    } else if (i >= 2 && text.startsWith("to", i - 2)) {
      sep = i - 2;
    } else {
      return Optional.empty();
    }
    int end = keyEnd(text, sep);
    return all.stream().filter(o -> o != m && o.end() == end).findFirst();
  }

  /** Where the key before the separator at {@code sep} ends, inside its quote if quoted. */
  private static int keyEnd(String text, int sep) {
    int keyEnd = TextScan.skipWhiteBack(text, sep);
    return keyEnd > 0 && isQuote(text.charAt(keyEnd - 1)) ? keyEnd - 1 : keyEnd;
  }

  /** The text of the line holding {@code start} up to it (and before its opening quote). */
  static String lineHead(String text, int start) {
    return text.substring(TextScan.lineStart(text, start), openQuote(text, start));
  }

  /**
   * Whether the innermost bracket around {@code m} lists {@link #MANY_MODELS} models or more, or
   * the innermost data brace (a set or map literal, not a code block) {@link #MANY_IN_BRACES},
   * counting there also the model names the catalog does not know (a set of feature flags per model
   * often names undated ones).
   */
  private static boolean listOfMany(SourceFile file, IdMatch m, List<IdMatch> all) {
    String text = file.text();
    int open = TextScan.unclosedBefore(text, m.start(), '[', ']');
    if (open >= 0 && models(all, open, TextScan.matchingClose(text, open)) >= MANY_MODELS) {
      return true;
    }
    if (file.language() == Language.NOTEBOOK) {
      return false; // a notebook's braces are its JSON cells, not the code's literals
    }
    int brace = TextScan.unclosedBefore(text, m.start(), '{', '}');
    return brace >= 0
        && !Listings.opensCodeBlock(file, brace)
        && ModelCatalogs.of(file, all).distinctModels(brace, TextScan.matchingClose(text, brace))
            >= MANY_IN_BRACES;
  }

  /** How many distinct models the IDs strictly inside {@code (open, close)} name. */
  private static long models(List<IdMatch> all, int open, int close) {
    return all.stream()
        .filter(o -> o.start() > open && o.end() < close)
        .map(o -> o.model().key())
        .distinct()
        .count();
  }

  private static int skipQuote(String text, int at) {
    return at < text.length() && isQuote(text.charAt(at)) ? at + 1 : at;
  }

  private static int openQuote(String text, int start) {
    return start > 0 && isQuote(text.charAt(start - 1)) ? start - 1 : start;
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`';
  }
}
