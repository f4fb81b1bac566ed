package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.engine.rule.NearbyFiles;
import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.CharPairs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A foundation-model ARN that code builds from a model ID ({@code
 * f"arn:aws:bedrock:{region}::foundation-model/{model_id}"}, CloudFormation {@code !Sub
 * ...foundation-model/${ModelId}}, {@code "...foundation-model/" + modelId}), as
 * RetrieveAndGenerate and IAM policies take it. A base ID in such a file may be what fills it:
 * rewritten to an inference profile ID it gives an ARN that names no foundation model, and a Claude
 * 4.x model is not invoked on demand through a foundation-model ARN anyway. The ARN and the ID
 * change together, by hand. An embedding or reranking model's ARN ({@code {embedding_model_id}})
 * says nothing of the ID.
 *
 * <p>A SAM CLI configuration ({@code samconfig.toml}) fills a template's parameters from its {@code
 * parameter_overrides} ({@code "ModelId=anthropic..."}): when the template beside it builds the ARN
 * from one of those parameters ({@code ${ModelId}}), the override fills the ARN just the same.
 */
final class BuiltArns {
  /**
   * Where a foundation-model ARN is built that a base ID of the checked file may fill.
   *
   * @param where "line 12", "line 62 of template.yaml", or "line 44 calls f (src/lib.rs line 74),
   *     which": the subject of the advice
   * @param call the call of a crate function that builds it, when that is how (Rust)
   */
  record Place(String where, Optional<CrateArnBuilders.Call> call) {}

  /** One ARN the text builds: where, and the name it is built from as written ("" or null). */
  private record Built(int at, String name) {}

  private static final Pattern BUILT =
      Pattern.compile(
          "foundation-model/(?:\\$?\\{\\s*([\\w.]*)|[\"'`]\\s*\\+\\s*([\\w.]+)|%s|[\"']\\s*\\.\\s*([\\w.]+))");

  /** What follows a format string before its arguments: {@code ,} {@code .format(} {@code % (}. */
  private static final Pattern ARGUMENTS = Pattern.compile("\\s*(?:,|\\.format\\(|%\\s*\\()");

  private static final Pattern OTHER_USE = Pattern.compile("(?i)embed|rerank|titan|cohere");

  private static final Pattern SAM_CONFIG = Pattern.compile("samconfig\\.(toml|ya?ml)");

  /** {@code template_file = "infra/template.yaml"} (TOML) or {@code template_file: ...} (YAML). */
  private static final Pattern TEMPLATE_FILE =
      Pattern.compile("(?m)^\\s*template_file\\s*[=:]\\s*[\"']?([^\"'\\s#]+)");

  private static final List<String> TEMPLATES = List.of("template.yaml", "template.yml");

  /** Larger templates are not read: a SAM template is a few hundred lines. */
  private static final long MAX_TEMPLATE = 1 << 20;

  private BuiltArns() {}

  /**
   * Where the first foundation-model ARN built from a (non-embedding) model ID is ("line 12", or
   * "line 62 of template.yaml" for a SAM configuration whose overrides fill it), if any.
   */
  static Optional<Place> at(SourceFile file) {
    String name = file.absolutePath().getFileName().toString();
    if (SAM_CONFIG.matcher(name).matches()) {
      return inTemplate(file).map(where -> new Place(where, Optional.empty()));
    }
    List<Integer> built = builtOffsets(file.text());
    if (!built.isEmpty()) {
      int at = built.get(0);
      return Optional.of(new Place("line " + file.span(at, at + 1).line(), Optional.empty()));
    }
    return CrateArnBuilders.in(file)
        .map(
            c ->
                new Place(
                    "line "
                        + file.span(c.start(), c.end()).line()
                        + " calls "
                        + c.function()
                        + " ("
                        + c.definedAt()
                        + "), which",
                    Optional.of(c)));
  }

  /**
   * Where {@code text} builds a foundation-model ARN from a model ID that is not an embedding or
   * reranking model's (a positional {@code {}} or {@code %s} names none).
   */
  static List<Integer> builtOffsets(String text) {
    List<Integer> out = new ArrayList<>();
    for (Built b : built(text)) {
      String from = b.name();
      if (from == null || from.isEmpty()) {
        from = positionalArgument(text, b.at(), from == null ? "%s" : "{}");
      }
      if (from == null || !isOtherUse(from)) {
        out.add(b.at());
      }
    }
    return out;
  }

  /** Every foundation-model ARN {@code text} builds, with the name as written. */
  private static List<Built> built(String text) {
    List<Built> out = new ArrayList<>();
    if (!CharPairs.contains(text, "foundation-model/")) {
      return out;
    }
    Matcher m = BUILT.matcher(text);
    while (m.find()) {
      out.add(new Built(m.start(), name(m)));
    }
    return out;
  }

  /**
   * The argument that fills a positional field ({@code {}} or {@code %s}) at {@code at} in a string
   * literal on one line: Rust {@code format!("...{}...", a, b)}, Python {@code "...".format(a, b)}
   * or {@code "..." % (a, b)}; null when it cannot be told.
   */
  static String positionalArgument(String text, int at, String field) {
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int open = text.lastIndexOf('"', at);
    int close = text.indexOf('"', at);
    if (open < lineStart || close < 0) {
      return null;
    }
    int index = text.substring(open + 1, at).split(Pattern.quote(field), -1).length - 1;
    Matcher args = ARGUMENTS.matcher(text).region(close + 1, text.length());
    if (!args.lookingAt()) {
      return null;
    }
    List<String> list = new ArrayList<>();
    int depth = 0;
    int from = args.end();
    for (int i = from; i < Math.min(text.length(), from + 400) && depth >= 0; i++) {
      char c = text.charAt(i);
      depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
      if (depth < 0 || depth == 0 && c == ',') {
        list.add(text.substring(from, i).strip());
        from = i + 1;
      }
    }
    return index < list.size() ? list.get(index) : null;
  }

  /** Whether a name says an embedding, reranking or other provider's model. */
  static boolean isOtherUse(String name) {
    return OTHER_USE.matcher(name).find();
  }

  private static String name(Matcher m) {
    return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
  }

  /** The template's ARN built from a parameter that {@code config} sets ({@code Name=...}). */
  private static Optional<String> inTemplate(SourceFile config) {
    Path dir = config.absolutePath().getParent();
    Matcher tf = TEMPLATE_FILE.matcher(config.text());
    List<String> names = tf.find() ? List.of(tf.group(1)) : TEMPLATES;
    for (String t : names) {
      Optional<String> text = NearbyFiles.read(dir, t, MAX_TEMPLATE);
      for (Built b : text.map(BuiltArns::built).orElse(List.of())) {
        String from = b.name();
        if (from != null
            && !from.isEmpty()
            && config.text().contains(from + "=")
            && !isOtherUse(from)) {
          return Optional.of("line " + new LineIndex(text.get()).line(b.at()) + " of " + t);
        }
      }
    }
    return Optional.empty();
  }
}
