package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Level;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.SdkConstants;
import dev.claudemigrate.catalog.SdkConstants.Sdk;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.BuildFileVersions;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model constants of an SDK that name a replaced model: the Anthropic SDK for Go ({@code
 * anthropic.ModelClaude_3_5_Sonnet_20240620}), for Java and Kotlin ({@code
 * Model.CLAUDE_3_5_SONNET_20241022}), and look-alike enums of other libraries. A constant is
 * matched to a model by its name: {@code Model} dropped, case and underscores ignored, it spells
 * the model's API ID or alias. It is found in code, in comments, and in Markdown (prose and code
 * samples alike); where it stands decides, as for a plain ID, whether it is rewritten ({@code
 * Placement.settle}). The rewrite is the target's constant where the SDK version pinned in the
 * build file declares it; else the ID string, kept in the SDK's model type so that the code still
 * compiles and the SDK's import stays used ({@code anthropic.Model("...")} in Go, {@code
 * Model.of("...")} in Java and Kotlin); else a report.
 */
final class SdkModelConstants {
  private static final Pattern GO =
      Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\.(ModelClaude[A-Za-z0-9_]*)\\b");
  private static final Pattern JVM =
      Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_.]*)\\.(CLAUDE_[A-Z0-9_]+)\\b");

  /** The SDK's import, with the name it is imported under when that is not {@code anthropic}. */
  private static final Pattern GO_IMPORT =
      Pattern.compile(
          "(?:\\b((?!import\\b)[A-Za-z_][A-Za-z0-9_]*|\\.)[ \\t]+)?\"github\\.com/anthropics/anthropic-sdk-go\"");

  private SdkModelConstants() {}

  /** Trigger strings: a file must hold one of these to have such a constant. */
  static final List<String> TRIGGERS = List.of("ModelClaude", "CLAUDE_");

  /**
   * An SDK model constant in code, with the model it names (group 1 of {@code match}: its owner,
   * group 2: the constant).
   */
  /**
   * A constant that names {@code model}; {@code owner} is whose a Java or Kotlin constant is
   * (decided once from the file's package and imports), null for Go's.
   */
  record Use(Model model, MatchResult match, JvmConstantOwner owner) {}

  /**
   * Every SDK model constant in {@code file} that names a catalog model, whatever the target: in
   * the code and comments of Go, Java and Kotlin files, and anywhere in Markdown (a code sample or
   * prose naming a constant). A constant's name inside a string is text, not a use.
   */
  static List<Use> uses(SourceFile file, Catalog catalog) {
    List<Pattern> patterns =
        switch (file.language()) {
          case GO -> List.of(GO);
          case JAVA, KOTLIN -> List.of(JVM);
          case MARKDOWN -> List.of(GO, JVM);
          default -> List.of();
        };
    if (patterns.isEmpty()) {
      return List.of();
    }
    Map<String, Model> byName = modelsByConstantName(catalog);
    List<Use> out = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(file.text());
      while (m.find()) {
        Model model = byName.get(normalize(m.group(2)));
        if (model == null || !isUse(file.contextAt(m.start()))) {
          continue;
        }
        JvmConstantOwner owner = p == JVM ? JvmConstantOwner.of(file.text(), m.group(1)) : null;
        if (owner != JvmConstantOwner.OWN || file.language() == Language.MARKDOWN) {
          out.add(new Use(model, m.toMatchResult(), owner));
        }
      }
    }
    return out;
  }

  private static boolean isUse(Context c) {
    return c == Context.CODE || c == Context.COMMENT || c == Context.DOCUMENTATION;
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
    Set<String> goPackages = goPackageNames(file.text());
    BuildFileVersions.Pins pins = new BuildFileVersions.Pins(file.absolutePath());
    List<Finding> out = new ArrayList<>();
    for (Use u : uses) {
      Level level = ctx.target().replaces().get(u.model().key());
      if (level == null) {
        continue; // a model the target does not replace (a live one, or another family's)
      }
      String owner = u.match().group(1);
      boolean go = u.match().group(2).startsWith("ModelClaude");
      Sdk sdk =
          go
              ? (goPackages.contains(owner) ? Sdk.GO : null)
              : (u.owner() == JvmConstantOwner.SDK ? Sdk.JAVA : null);
      out.add(finding(file, ctx, u.match(), u.model(), Severity.of(level), sdk, pins));
    }
    return out;
  }

  /**
   * Whether {@code at} is in an import statement ({@code import static ...Model.CLAUDE_...}):
   * rewriting the import alone would leave the file's uses of the old name undeclared.
   */
  private static boolean inImport(SourceFile file, int at) {
    String text = file.text();
    return text.startsWith("import", TextScan.skipWhite(text, TextScan.lineStart(text, at)));
  }

  /**
   * The names the Go SDK's root package is imported under in {@code text}: {@code anthropic}, or
   * the import's own name. Another package's {@code ModelClaude...} (a wrapper library's) has no
   * {@code Model} type to convert a string to.
   */
  private static Set<String> goPackageNames(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = GO_IMPORT.matcher(text);
    while (m.find()) {
      out.add(m.group(1) == null ? "anthropic" : m.group(1));
    }
    return out;
  }

  private static Finding finding(
      SourceFile file,
      RuleContext ctx,
      MatchResult m,
      Model model,
      Severity severity,
      Sdk sdk,
      BuildFileVersions.Pins pins) {
    Model to = ctx.targetModel();
    String constant =
        sdk != null ? "SDK constant " + m.group(2) : "constant " + m.group(1) + "." + m.group(2);
    String what = model.name() + " (" + constant + ") is replaced by " + to.name();
    String manual = ctx.catalog().otherFamilyAdvice(ctx.target(), model).orElse(null);
    if (manual != null) {
      return at(file, severity, m, 2, what, manual, List.of());
    }
    if (sdk == null || inImport(file, m.start())) {
      return at(
          file,
          severity,
          m,
          2,
          what,
          (sdk == null ? "use this library's constant for " : "import the SDK's constant for ")
              + to.name()
              + " ("
              + to.anthropicId()
              + ") if it has one, or use the ID string"
              + (sdk == null ? "" : " where the file uses " + m.group(2)),
          List.of());
    }
    SdkConstants data = SdkConstants.builtin();
    Optional<SdkConstants.Constant> target = data.constant(sdk, to.anthropicId());
    Optional<BuildFileVersions.Found> pinned = pins.of(sdk, data.module(sdk));
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
    // The ID string in the SDK's own model type: Go's anthropic.Model is a string type in every
    // release (v0.1.0-alpha.1 to v1.60.0), Java's Model.of(String) exists in every release, so the
    // value keeps its type where a variable or field is declared with it, and the import the
    // constant used stays used (an unused import does not compile in Go).
    String typed =
        m.group(1) + (sdk == Sdk.GO ? ".Model(" : ".of(") + "\"" + to.anthropicId() + "\")";
    return at(
        file,
        severity,
        m,
        0,
        what,
        "replace with the ID string as " + typed + " (" + why + ")",
        List.of(new Edit(m.start(), m.end(), typed)));
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
