package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.Level;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.HeadedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model constants of libraries the catalog does not list, read from their spelling (ADR 0108): a
 * member access whose member names a Claude model by family and version, with no date ({@code
 * model: .claude_3_5_Sonnet} in Swift, {@code Models.Claude3_5Sonnet} in C#, {@code
 * BedrockModel.claudev3_7_sonnet}, {@code .claude_sonnet_v4_5}), or a path ({@code
 * anthropic_model::CLAUDE_3_5_SONNET} in Rust, {@code Model::CLAUDE_3_5_SONNET} in PHP and C++). A
 * dated constant is {@link SdkModelConstants}'s; a name in a string is an ID's. Reported as
 * information (in code and in documentation's samples), never rewritten: the library's constant for
 * the target, if it has one, is not known here.
 */
final class NamedModelConstants {
  /**
   * Trigger strings: a member access or a path (Rust, PHP, C++ {@code ::}) of a name starting with
   * claude, in any case.
   */
  static final List<String> TRIGGERS =
      List.of(".claude", ".Claude", ".CLAUDE", "::claude", "::Claude", "::CLAUDE");

  private static final HeadedPattern MEMBER =
      HeadedPattern.of(
          "(?<=\\.|::)(?:claude|Claude|CLAUDE)[A-Za-z0-9_]*(?![A-Za-z0-9_\\-:@])",
          "claude",
          "Claude",
          "CLAUDE");

  /**
   * A family's or claude's {@code v} before the version ({@code claudev3_7}, {@code sonnet_v4}).
   */
  private static final Pattern VERSION_V = Pattern.compile("(claude|sonnet|opus|haiku)v(?=\\d)");

  private static final Pattern HANDLE =
      Pattern.compile(
          "claude(?:(\\d{1,2})(sonnet|opus|haiku)|(sonnet|opus|haiku)(\\d{1,2}))(v\\d)?");

  private NamedModelConstants() {}

  /** The findings for such constants in {@code file} that name a model the target replaces. */
  static List<Finding> find(SourceFile file, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    HeadedPattern.Finder found = MEMBER.finder(file.text());
    while (found.next()) {
      Matcher m = found.matcher();
      Context context = file.contextAt(m.start());
      if (context != Context.CODE && context != Context.DOCUMENTATION) {
        continue;
      }
      List<Model> models = models(ctx, m.group());
      Level level = models.isEmpty() ? null : ctx.target().replaces().get(models.get(0).key());
      if (level != null) {
        out.add(finding(file, ctx, m, models));
      }
    }
    return out;
  }

  /**
   * The catalog models {@code name} spells: {@code claude_3_5_Sonnet} is both 3.5 Sonnets, {@code
   * Claude35SonnetV2} the second.
   */
  static List<Model> models(RuleContext ctx, String name) {
    String n = VERSION_V.matcher(name.toLowerCase(Locale.ROOT).replace("_", "")).replaceAll("$1");
    Matcher h = HANDLE.matcher(n);
    if (!h.matches()) {
      return List.of();
    }
    String digits = h.group(1) != null ? h.group(1) : h.group(4);
    String family = h.group(2) != null ? h.group(2) : h.group(3);
    String revision = h.group(5);
    return ctx.catalog().models().stream()
        .filter(x -> x.family().name().equalsIgnoreCase(family))
        .filter(x -> x.version().replace(".", "").equals(digits))
        .filter(x -> revision == null || x.key().endsWith("-" + revision))
        .toList();
  }

  /**
   * Information, not a warning: the constant may be the project's own, whose definition the ID
   * rules report (and rewrite) where its ID is set, or a library's, which only a person can move.
   */
  private static Finding finding(SourceFile file, RuleContext ctx, Matcher m, List<Model> models) {
    Model model = models.get(0);
    Model to = ctx.targetModel();
    String name =
        models.size() == 1
            ? model.name()
            : "Claude " + model.version() + " " + model.family().display();
    String what =
        name
            + " (constant "
            + m.group()
            + ") is replaced by "
            + to.name()
            + "; if the constant is this project's, its definition is reported where its ID is set";
    String fix =
        LibraryModelConstants.advice(
            ctx,
            model,
            "use the library's constant for " + to.name() + " if it has one",
            "which constant names the target is not known here");
    return Findings.at(
        ModelIdRule.INFO, Severity.INFO, file, m.start(), m.end(), what, fix, List.of());
  }
}
