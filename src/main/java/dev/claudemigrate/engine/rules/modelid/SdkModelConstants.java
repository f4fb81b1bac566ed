package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Level;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.SdkConstants;
import dev.claudemigrate.catalog.SdkConstants.Sdk;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model constants of an SDK that name a replaced model: the Anthropic SDK for Go ({@code
 * anthropic.ModelClaude_3_5_Sonnet_20240620}), for Java and Kotlin ({@code
 * Model.CLAUDE_3_5_SONNET_20241022}), and look-alike enums of other libraries. A constant is
 * matched to a model by its name: {@code Model} dropped, case and underscores ignored, it spells
 * the model's API ID or alias. The rewrite is the target's constant where the SDK version pinned in
 * the build file declares it; else the ID string where a string is accepted (any Go use, a Java
 * {@code .model(...)} argument); else a report.
 */
final class SdkModelConstants {
  private static final Pattern GO =
      Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\.(ModelClaude[A-Za-z0-9_]*)\\b");
  private static final Pattern JVM =
      Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_.]*)\\.(CLAUDE_[A-Z0-9_]+)\\b");
  private static final Pattern GO_IMPORT =
      Pattern.compile("\"github\\.com/anthropics/anthropic-sdk-go\"");
  private static final Pattern JVM_IMPORT = Pattern.compile("\\bimport\\s+com\\.anthropic\\.");
  private static final Pattern MODEL_ARGUMENT = Pattern.compile("\\.model\\(\\s*$");

  private SdkModelConstants() {}

  /** Trigger strings: a file must hold one of these to have such a constant. */
  static final List<String> TRIGGERS = List.of("ModelClaude", "CLAUDE_");

  /**
   * An SDK model constant in code, with the model it names (group 1 of {@code match}: its owner,
   * group 2: the constant).
   */
  record Use(Model model, MatchResult match) {}

  /** Every SDK model constant in {@code file} that names a catalog model, whatever the target. */
  static List<Use> uses(SourceFile file, Catalog catalog) {
    Language lang = file.language();
    boolean go = lang == Language.GO;
    if (!go && lang != Language.JAVA && lang != Language.KOTLIN) {
      return List.of();
    }
    Map<String, Model> byName = modelsByConstantName(catalog);
    List<Use> out = new ArrayList<>();
    Matcher m = (go ? GO : JVM).matcher(file.text());
    while (m.find()) {
      Model model = byName.get(normalize(m.group(2)));
      if (model != null && file.contextAt(m.start()) == Context.CODE) {
        out.add(new Use(model, m.toMatchResult()));
      }
    }
    return out;
  }

  /** The model an SDK constant's name (without its owner) spells, if any. */
  static Optional<Model> model(Catalog catalog, String constant) {
    return Optional.ofNullable(modelsByConstantName(catalog).get(normalize(constant)));
  }

  /** The findings for the SDK model constants in {@code file} that name a replaced model. */
  static List<Finding> find(SourceFile file, RuleContext ctx) {
    List<Use> uses = uses(file, ctx.catalog());
    if (uses.isEmpty()) {
      return List.of();
    }
    boolean go = file.language() == Language.GO;
    boolean anthropicSdk = (go ? GO_IMPORT : JVM_IMPORT).matcher(file.text()).find();
    Sdk sdk = go ? Sdk.GO : Sdk.JAVA;
    List<Finding> out = new ArrayList<>();
    for (Use u : uses) {
      Level level = ctx.target().replaces().get(u.model().key());
      if (level == null) {
        continue; // a model the target does not replace (a live one, or another family's)
      }
      boolean sdkConstant = anthropicSdk && (go || u.match().group(1).endsWith("Model"));
      out.add(
          finding(file, ctx, u.match(), u.model(), Severity.of(level), sdkConstant ? sdk : null));
    }
    return out;
  }

  private static Finding finding(
      SourceFile file, RuleContext ctx, MatchResult m, Model model, Severity severity, Sdk sdk) {
    Model to = ctx.targetModel();
    String what = model.name() + " (SDK constant " + m.group(2) + ") is replaced by " + to.name();
    String manual = ctx.catalog().otherFamilyAdvice(ctx.target(), model).orElse(null);
    if (manual != null) {
      return at(file, severity, m, 2, what, manual, List.of());
    }
    if (sdk == null) {
      return at(
          file,
          severity,
          m,
          2,
          what,
          "use this library's constant for "
              + to.name()
              + " ("
              + to.anthropicId()
              + ") if it has one, or the ID string",
          List.of());
    }
    SdkConstants data = SdkConstants.builtin();
    Optional<SdkConstants.Constant> target = data.constant(sdk, to.anthropicId());
    Optional<BuildFileVersions.Found> pinned =
        BuildFileVersions.find(file.absolutePath(), sdk, data.module(sdk));
    if (target.isPresent()
        && pinned.isPresent()
        && target.get().declaredIn(pinned.get().version())) {
      return at(
          file,
          severity,
          m,
          2,
          what,
          "replace with "
              + target.get().name()
              + " (declared in "
              + data.module(sdk)
              + " "
              + pinned.get().version()
              + ", the version in "
              + pinned.get().file().getFileName()
              + ")",
          List.of(new Edit(m.start(2), m.end(2), target.get().name())));
    }
    String why =
        target
            .map(c -> whyNotConstant(c, pinned, data.module(sdk)))
            .orElse(data.module(sdk) + " has no known constant for " + to.anthropicId());
    String head =
        file.text().substring(file.lines().lineStart(file.lines().line(m.start())), m.start());
    if (sdk == Sdk.GO || MODEL_ARGUMENT.matcher(head).find()) {
      String literal = "\"" + to.anthropicId() + "\"";
      return at(
          file,
          severity,
          m,
          0,
          what,
          "replace with the ID string " + literal + " (" + why + ")",
          List.of(new Edit(m.start(), m.end(), literal)));
    }
    return at(
        file,
        severity,
        m,
        2,
        what,
        "use "
            + to.anthropicId()
            + " here by hand: "
            + why
            + ", and a string may not fit this place",
        List.of());
  }

  /** A finding on group {@code group} of the match (2: the constant, 0: owner and constant). */
  private static Finding at(
      SourceFile file,
      Severity severity,
      MatchResult m,
      int group,
      String what,
      String advice,
      List<Edit> edits) {
    return Findings.at(
        ModelIdRule.INFO, severity, file, m.start(group), m.end(group), what, advice, edits);
  }

  private static String whyNotConstant(
      SdkConstants.Constant c, Optional<BuildFileVersions.Found> pinned, String module) {
    String range =
        c.name()
            + " is declared in "
            + module
            + " "
            + c.since()
            + (c.until() == null ? " and later" : " to " + c.until());
    return pinned
        .map(p -> range + "; " + p.file().getFileName() + " pins " + p.version())
        .orElse(range + "; no build file pins the version");
  }

  /** Every catalog model by the normalized spelling of its API ID and aliases. */
  private static Map<String, Model> modelsByConstantName(Catalog catalog) {
    Map<String, Model> out = new HashMap<>();
    for (Model m : catalog.models()) {
      if (m.anthropicId() != null) {
        out.put(normalize(m.anthropicId()), m);
      }
      m.anthropicAliases().forEach(a -> out.put(normalize(a), m));
    }
    return out;
  }

  /**
   * {@code ModelClaude_3_5_Sonnet_20240620}, {@code CLAUDE_3_5_SONNET_20240620}, {@code
   * claude-3-5-sonnet-20240620} -> {@code claude35sonnet20240620}.
   */
  static String normalize(String name) {
    String n = name.startsWith("Model") ? name.substring("Model".length()) : name;
    return n.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }
}
