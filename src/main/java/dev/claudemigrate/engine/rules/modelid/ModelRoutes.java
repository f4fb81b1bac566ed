package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.ProfileHint;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries of a live model configuration that names many models: each entry routes requests to the
 * model it names, so the configuration is the project's requests, not a catalog of what exists,
 * however many models it lists. Two shapes:
 *
 * <ul>
 *   <li>a LiteLLM proxy or router entry: the {@code model} of its {@code litellm_params} is what a
 *       request for the entry's {@code model_name} calls (YAML {@code model_list}, or a JSON or
 *       Python dict);
 *   <li>an application's map of named model settings in YAML ({@code
 *       bedrock.models.<name>.model-id} in a Spring {@code application.yml}): the value of a {@code
 *       model}/{@code model-id} key of a named entry under a {@code models} key is the model the
 *       application calls by that name.
 * </ul>
 *
 * A catalog keeps its own shapes: an ID as a key (prices, limits), list items of records (a picker,
 * aider's {@code model-settings.yml}, a leaderboard), other keys ({@code name}, {@code
 * base_model}).
 */
final class ModelRoutes {
  /** The text before the ID on its line: a {@code model} key, perhaps a provider route. */
  private static final Pattern MODEL_KEY =
      Pattern.compile("^\\s*(?:-\\s+)?[\"']?model[\"']?\\s*[:=]\\s*[\"']?[\\w./:-]*$");

  /**
   * The same for a named entry's setting: {@code model-id:}, {@code model_id:}, {@code modelId:}.
   */
  private static final Pattern SETTING_KEY =
      Pattern.compile("^\\s*[\"']?model(?:[-_]?[iI][dD])?[\"']?\\s*:\\s*[\"']?[\\w./:-]*$");

  /** A YAML line that opens LiteLLM's parameters of one entry. */
  private static final Pattern PARAMS_LINE =
      Pattern.compile("^\\s*(?:-\\s+)?[\"']?litellm_params[\"']?\\s*:\\s*(?:#.*)?$");

  /** The text before a brace that opens LiteLLM's parameters. */
  private static final Pattern PARAMS_BRACE =
      Pattern.compile("[\"']?litellm_params[\"']?\\s*[:=]\\s*$");

  /** A named entry: a mapping key with a block, not a list item. */
  private static final Pattern NAMED_ENTRY =
      Pattern.compile("^\\s*[\"']?[\\w.@:/-]+[\"']?\\s*:\\s*(?:#.*)?$");

  /** The key that holds the named entries: {@code models:}, {@code bedrock-models:}. */
  private static final Pattern MODELS_LINE =
      Pattern.compile("(?i)^\\s*[\"']?[\\w-]*models[\"']?\\s*:\\s*(?:#.*)?$");

  /** LiteLLM's region parameter, with its value when it is a literal region. */
  private static final Pattern REGION_PARAM =
      Pattern.compile(
          "[\"']?aws_region_name[\"']?\\s*[:=]\\s*(?:[\"']?("
              + FileRegion.REGION
              + ")(?![\\w-]))?");

  private ModelRoutes() {}

  /** Whether {@code m} is the model an entry of a live model configuration calls. */
  static boolean isRoute(SourceFile file, IdMatch m) {
    return params(file, m) != null || namedSetting(file, m);
  }

  /**
   * What decides the inference-profile prefix of a LiteLLM entry's base ID: its own {@code
   * aws_region_name} when that is a literal region; nothing when it is read at run time ({@code
   * os.environ/AWS_REGION}); else {@code fileHint}. A prefix or region the user set comes first.
   */
  static ProfileHint hint(SourceFile file, IdMatch m, RuleContext ctx, ProfileHint fileHint) {
    int[] span = params(file, m);
    if (span == null
        || ctx.settings().profilePrefix().isPresent()
        || ctx.settings().region().isPresent()) {
      return fileHint;
    }
    Matcher r = REGION_PARAM.matcher(file.text()).region(span[0], span[1]);
    if (!r.find()) {
      return fileHint;
    }
    return r.group(1) == null ? ProfileHint.NONE : ProfileHint.ofRegion(r.group(1));
  }

  /** The span of the LiteLLM parameters whose {@code model} is {@code m}, or null. */
  private static int[] params(SourceFile file, IdMatch m) {
    String text = file.text();
    if (!MODEL_KEY.matcher(head(text, m)).find()) {
      return null;
    }
    if (file.language() == Language.YAML) {
      int parent = parentLine(text, TextScan.lineStart(text, m.start()));
      return parent >= 0 && PARAMS_LINE.matcher(line(text, parent)).find()
          ? new int[] {parent, blockEnd(text, parent)}
          : null;
    }
    int brace = TextScan.unclosedBefore(text, m.start(), '{', '}');
    if (brace < 0 || !PARAMS_BRACE.matcher(text.substring(0, brace)).find()) {
      return null;
    }
    return new int[] {brace, TextScan.matchingClose(text, brace)};
  }

  /** Whether {@code m} is the model setting of a named entry under a {@code models} key (YAML). */
  private static boolean namedSetting(SourceFile file, IdMatch m) {
    String text = file.text();
    if (file.language() != Language.YAML || !SETTING_KEY.matcher(head(text, m)).find()) {
      return false;
    }
    int entry = parentLine(text, TextScan.lineStart(text, m.start()));
    if (entry < 0 || !NAMED_ENTRY.matcher(line(text, entry)).find()) {
      return false;
    }
    int models = parentLine(text, entry);
    return models >= 0 && MODELS_LINE.matcher(line(text, models)).find();
  }

  private static String head(String text, IdMatch m) {
    return text.substring(TextScan.lineStart(text, m.start()), m.start());
  }

  private static String line(String text, int lineStart) {
    return text.substring(lineStart, TextScan.lineEnd(text, lineStart));
  }

  /** The start of the nearest line before {@code lineStart} indented less, or -1. */
  private static int parentLine(String text, int lineStart) {
    int own = TextScan.indent(line(text, lineStart));
    for (int l = TextScan.previousLineStart(text, lineStart);
        l >= 0;
        l = TextScan.previousLineStart(text, l)) {
      String s = line(text, l);
      if (!s.isBlank() && !s.strip().startsWith("#") && TextScan.indent(s) < own) {
        return l;
      }
    }
    return -1;
  }

  /** The end of the block of the line at {@code lineStart}: the lines indented deeper after it. */
  private static int blockEnd(String text, int lineStart) {
    int own = TextScan.indent(line(text, lineStart));
    int end = TextScan.lineEnd(text, lineStart);
    for (int l = TextScan.nextLineStart(text, lineStart);
        l >= 0 && l < text.length();
        l = TextScan.nextLineStart(text, l)) {
      String s = line(text, l);
      if (!s.isBlank() && !s.strip().startsWith("#")) {
        if (TextScan.indent(s) <= own) {
          break;
        }
        end = TextScan.lineEnd(text, l);
      }
    }
    return end;
  }
}
