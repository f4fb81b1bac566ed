package dev.claudemigrate.engine.rules.thinkingbudget;

import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Member;
import dev.claudemigrate.engine.syntax.structure.Value;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thinking budget in a request or settings object whose model is another provider's ({@code
 * Params(model="gpt-5.1", extra={"thinking": {... "budget_tokens": 32768}})}, holdout17): the
 * nearest object around the budget that names a model decides, and a model that is not Claude's
 * makes the budget another provider's setting (ADR 0115).
 */
final class OtherProviderModel {
  private static final List<String> MODEL_KEYS =
      List.of("model", "model_id", "modelId", "model_name", "modelName");

  /** Model names of other providers, as a request's model field holds them. */
  private static final Pattern OTHER =
      Pattern.compile(
          "(?i)^(?:[\\w.-]+/)?(?:gpt-|o[1-9](?:-|$)|gemini|gemma|llama|meta\\.|mistral|mixtral"
              + "|deepseek|qwen|grok|command-|cohere\\.|amazon\\.|nova-|titan)");

  private OtherProviderModel() {}

  /** A model set by name on a line: {@code model="gpt-5.1",}, {@code "model": "gemini-2.5-pro"}. */
  private static final Pattern MODEL_LINE =
      Pattern.compile(
          "^\\s*[\"']?(?:model|model_id|modelId|model_name|modelName)[\"']?\\s*[=:]\\s*"
              + "[\"'`]([^\"'`]+)[\"'`]");

  /** How many lines above the budget the enclosing objects are searched. */
  private static final int REACH = 40;

  /**
   * Whether the nearest object around the budget that names a model names another provider's: by
   * the objects the structure links ({@code holder} and its parents), else by the lines of the
   * enclosing blocks above it (a budget in a constructor call's result, {@code
   * Thinking(...).dict()}, has no parent object).
   */
  static boolean names(SourceFile file, Mapping holder, int budgetAt) {
    for (Mapping m = holder; m != null; m = m.parent()) {
      Optional<String> model = model(m);
      if (model.isPresent()) {
        return OTHER.matcher(model.get()).find();
      }
    }
    return byIndentation(file, budgetAt).map(id -> OTHER.matcher(id).find()).orElse(false);
  }

  /**
   * The model named on the nearest line above {@code at} that stands at the level of one of its
   * enclosing blocks (indented no deeper than every line between): the siblings of the blocks
   * around the budget, up to the statement that starts at the left margin.
   */
  private static Optional<String> byIndentation(SourceFile file, int at) {
    String text = file.text();
    LineIndex lines = file.lines();
    int line = lines.line(at);
    int level = indent(text, lines.lineStart(line));
    for (int l = line - 1; l >= Math.max(1, line - REACH) && level > 0; l--) {
      int start = lines.lineStart(l);
      int end = TextScan.lineEnd(text, start);
      if (TextScan.skipWhite(text, start) >= end) {
        continue;
      }
      int indent = indent(text, start);
      if (indent > level) {
        continue; // inside a sibling block
      }
      level = Math.min(level, indent);
      Matcher m = MODEL_LINE.matcher(text.substring(start, end));
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static int indent(String text, int lineStart) {
    return TextScan.skipWhite(text, lineStart) - lineStart;
  }

  private static Optional<String> model(Mapping m) {
    for (String key : MODEL_KEYS) {
      Optional<Member> member = m.member(key);
      if (member.isPresent()) {
        Value v = member.get().value();
        // A model from a variable says nothing: the object names its model, and it may be Claude.
        return Optional.of(v.kind() == Value.Kind.STRING ? unquoted(v.text()) : "");
      }
    }
    return Optional.empty();
  }

  private static String unquoted(String s) {
    return s.replaceAll("^[\"'`]|[\"'`]$", "");
  }
}
