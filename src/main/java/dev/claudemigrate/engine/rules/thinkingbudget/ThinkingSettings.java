package dev.claudemigrate.engine.rules.thinkingbudget;

import dev.claudemigrate.engine.rule.ReportRule;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.HeadedPattern;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Mappings;
import dev.claudemigrate.engine.syntax.structure.Member;
import dev.claudemigrate.engine.syntax.structure.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the extended-thinking requests of a file, in the shapes the Anthropic Messages body and the
 * SDKs and frameworks around it give them.
 */
final class ThinkingSettings {
  private ThinkingSettings() {}

  /**
   * Keys that hold a thinking object: the Messages API's {@code thinking}, the {@code
   * reasoning_config} Bedrock accepted for Claude 3.7, and the Go SDK's union member.
   */
  private static final Set<String> HOLDERS = Set.of("thinking", "reasoningconfig", "ofenabled");

  /**
   * Typed setters whose one argument is the budget: the Java SDK's {@code enabledThinking(n)},
   * LangChain4j's {@code thinkingBudgetTokens(n)} (Anthropic) and {@code enableReasoning(n)}
   * (Bedrock).
   */
  private static final List<String> TYPED =
      List.of("enabledThinking", "thinkingBudgetTokens", "enableReasoning");

  /** Spring AI: {@code AnthropicChatOptions.builder().thinking(ThinkingType.ENABLED, 2048)}. */
  private static final Pattern SPRING =
      Pattern.compile("ThinkingType\\.ENABLED\\s*,\\s*([A-Za-z0-9_.]+)\\s*\\)");

  /** Literal strings one of which a file must hold for this class to find anything. */
  static final List<String> TRIGGERS =
      List.of(
          "budget_tokens",
          "budgetTokens",
          "BudgetTokens",
          "budget-tokens",
          "enabledThinking",
          "enableReasoning",
          "ThinkingConfigParamOfEnabled",
          "ThinkingType.ENABLED",
          "ThinkingEnabled",
          "ThinkingBudget",
          "ReasoningEnabled",
          "ReasoningBudget");

  static List<ThinkingSetting> of(SourceFile file) {
    List<ThinkingSetting> out = new ArrayList<>();
    for (Mapping m : Mappings.of(file)) {
      m.member("budget_tokens")
          .filter(b -> thinkingObject(m) && enabled(m))
          .ifPresent(b -> out.add(new ThinkingSetting(b, scope(request(m)), false)));
      typed(m).ifPresent(b -> out.add(new ThinkingSetting(b, scope(m), true)));
    }
    spring(file, out);
    goUnion(file, out);
    libraryOptions(file, out);
    out.removeIf(s -> ReportRule.inProse(file, s.budget().keyStart()));
    return out;
  }

  /**
   * A {@code budget_tokens} member belongs to a thinking object when the object is held under a
   * thinking key or names its {@code type} ({@code {"type": "enabled", "budget_tokens": n}}
   * assigned to a variable or a subscript).
   */
  private static boolean thinkingObject(Mapping m) {
    return holder(m) || m.member("type").isPresent();
  }

  private static boolean holder(Mapping m) {
    return m.parentMember() != null && HOLDERS.contains(m.parentMember().normalizedKey());
  }

  /** A thinking object with {@code "type": "disabled"} (or adaptive) asks for no budget. */
  private static boolean enabled(Mapping thinking) {
    return thinking
        .member("type")
        .map(t -> t.value().kind() != Value.Kind.STRING || t.value().isString("enabled"))
        .orElse(true);
  }

  /** The object a thinking object is part of: past the Go SDK's union wrapper, to the request. */
  private static Mapping request(Mapping thinking) {
    Mapping r = thinking;
    while (holder(r) && r.parent() != null) {
      r = r.parent();
    }
    return r;
  }

  /**
   * A budget given to a typed setter, or the Go SDK's {@code Thinking:
   * ThinkingConfigParamOfEnabled(n)} (the wrapper is seen through to its argument); not when the
   * same builder sets {@code thinkingType("disabled")}.
   */
  private static Optional<Member> typed(Mapping m) {
    boolean disabled =
        m.member("thinkingType").map(t -> t.value().isString("disabled")).orElse(false);
    if (disabled) {
      return Optional.empty();
    }
    for (Member member : m.members()) {
      if (TYPED.stream().anyMatch(member::is) && member.value().kind() != Value.Kind.OBJECT) {
        return Optional.of(member);
      }
      if (member.is("thinking")
          && (member.value().kind() == Value.Kind.NUMBER
              || member.value().text().contains("ThinkingConfigParamOfEnabled("))) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  private static void spring(SourceFile file, List<ThinkingSetting> out) {
    if (!file.text().contains("ThinkingType.ENABLED")) {
      return;
    }
    Matcher matcher = SPRING.matcher(file.text());
    while (matcher.find()) {
      String arg = matcher.group(1);
      Value.Kind kind = arg.matches("[0-9_]+[lL]?") ? Value.Kind.NUMBER : Value.Kind.OTHER;
      Member budget =
          new Member(
              "ThinkingType.ENABLED",
              matcher.start(),
              matcher.start() + "ThinkingType.ENABLED".length(),
              matcher.end(1),
              new Value(kind, arg, null));
      out.add(new ThinkingSetting(budget, List.of(), true));
    }
  }

  /** The Go SDK's thinking union built outside a request literal, into a variable. */
  static final HeadedPattern GO_UNION =
      HeadedPattern.of(
          "ThinkingConfigParamOfEnabled\\(\\s*([0-9_]+\\s*\\))?", "ThinkingConfigParamOfEnabled(");

  /**
   * {@code thinking := anthropic.ThinkingConfigParamOfEnabled(n)}, later put in a request: the call
   * is the setting. A call already read as a request's {@code Thinking:} member is not read twice.
   */
  private static void goUnion(SourceFile file, List<ThinkingSetting> out) {
    if (file.text().contains("ThinkingConfigParamOfEnabled(")) {
      calls(file, GO_UNION, out);
    }
  }

  /**
   * Each call {@code pattern} finds (group 1: a literal budget, when there is one) as a typed
   * setting without a known request; a call already read as part of a setting is not read twice.
   */
  private static void calls(SourceFile file, HeadedPattern pattern, List<ThinkingSetting> out) {
    HeadedPattern.Finder matcher = pattern.finder(file.text());
    while (matcher.next()) {
      int at = matcher.start();
      if (out.stream().anyMatch(s -> s.budget().keyStart() <= at && at < s.budget().end())) {
        continue;
      }
      String arg = matcher.group(1) == null ? "" : matcher.group(1).replace(")", "").strip();
      Value.Kind kind = arg.isEmpty() ? Value.Kind.OTHER : Value.Kind.NUMBER;
      String name = file.text().substring(at, file.text().indexOf('(', at)).strip();
      Member budget =
          new Member(name, at, at + name.length(), matcher.end(), new Value(kind, arg, null));
      out.add(new ThinkingSetting(budget, List.of(), true));
    }
  }

  /**
   * A wrapper library's option that turns thinking on with a budget: {@code
   * WithThinkingEnabled(2048)}, {@code WithThinkingBudget(4096)}, {@code setReasoningBudget(1024)}.
   * Gemini libraries have thinking budgets too, so only in a file that names Claude, Anthropic or
   * Bedrock.
   */
  static final HeadedPattern LIBRARY_OPTION =
      new HeadedPattern(
          Pattern.compile(
              "\\b(?:[Ww]ith|[Ss]et|[Ee]nable)?(?:Thinking|Reasoning)(?:Enabled|Budget(?:Tokens)?)"
                  + "\\s*\\(\\s*([0-9_]+)\\s*\\)"),
          // Where a match can start: a prefix, else the word itself. Tried at every offset, the
          // pattern took 140 ms on a generated 3.5 MB catalog that holds none, 12 ms from its
          // heads (docs/adr/0121).
          List.of("With", "with", "Set", "set", "Enable", "enable", "Thinking", "Reasoning"));

  private static final Pattern CLAUDE_FILE = Pattern.compile("(?i)claude|anthropic|bedrock");

  private static void libraryOptions(SourceFile file, List<ThinkingSetting> out) {
    if (LIBRARY_OPTION.foundIn(file.text()) && CLAUDE_FILE.matcher(file.text()).find()) {
      calls(file, LIBRARY_OPTION, out);
    }
  }

  /**
   * The objects that make up one request: the one holding {@code thinking}, and for Converse, where
   * thinking sits in {@code additionalModelRequestFields}, the request around it; each with its
   * {@code inferenceConfig} and {@code toolConfig}.
   */
  static List<Mapping> scope(Mapping holder) {
    List<Mapping> scope = new ArrayList<>();
    scope.add(holder);
    Member via = holder.parentMember();
    if (via != null && via.is("additionalModelRequestFields") && holder.parent() != null) {
      scope.add(holder.parent());
    }
    for (Mapping m : List.copyOf(scope)) {
      m.child("inferenceConfig").ifPresent(scope::add);
      m.child("toolConfig").ifPresent(scope::add);
    }
    return scope;
  }
}
