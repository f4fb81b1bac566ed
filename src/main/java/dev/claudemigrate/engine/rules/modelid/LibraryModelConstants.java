package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Level;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.SdkConstants;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model constants of libraries that spell a model their own way, such as the CDK constructs' {@code
 * BedrockFoundationModel.ANTHROPIC_CLAUDE_3_5_SONNET_V1_0} (sdk-constants.yaml {@code libraries}),
 * in any file kind: TypeScript, Python, Java, and the code samples of Markdown docs. They are
 * reported, never rewritten: which release of the library adds the target's constant is not known.
 */
final class LibraryModelConstants {
  /** A library with the pattern of its constants, compiled once rather than for every file. */
  private record Constants(SdkConstants.Library lib, Pattern pattern) {}

  private static final List<Constants> LIBRARIES =
      SdkConstants.builtin().libraries().stream()
          .map(
              l ->
                  new Constants(
                      l,
                      Pattern.compile(
                          "\\b(?:"
                              + String.join("|", l.classes())
                              + ")\\.([A-Z][A-Z0-9_]*)(?![A-Za-z0-9_])")))
          .toList();

  /**
   * The qualifying class names of every library: the model-ID rule asks in every file it checks.
   */
  private static final List<String> TRIGGERS =
      LIBRARIES.stream().flatMap(c -> c.lib().classes().stream()).distinct().toList();

  private LibraryModelConstants() {}

  /** Trigger strings: the qualifying class names of every library. */
  static List<String> triggers() {
    return TRIGGERS;
  }

  /** A library model constant in a file, with the model it names (group 1: the constant). */
  record Use(SdkConstants.Library lib, Model model, MatchResult match) {}

  /**
   * Every library model constant in {@code file} that names a catalog model, whatever the target.
   */
  static List<Use> uses(SourceFile file, Catalog catalog) {
    List<Use> out = new ArrayList<>();
    for (Constants c : LIBRARIES) {
      Matcher m = c.pattern().matcher(file.text());
      while (m.find()) {
        Optional<Model> model =
            Optional.ofNullable(c.lib().models().get(m.group(1))).flatMap(catalog::model);
        if (model.isPresent() && file.contextAt(m.start()) != Context.NOTEBOOK_OUTPUT) {
          out.add(new Use(c.lib(), model.get(), m.toMatchResult()));
        }
      }
    }
    return out;
  }

  /** The model a library constant's name (without its class) stands for, if any. */
  static Optional<Model> model(Catalog catalog, String constant) {
    return LIBRARIES.stream()
        .map(c -> c.lib().models().get(constant))
        .filter(Objects::nonNull)
        .findFirst()
        .flatMap(catalog::model);
  }

  /** The findings for the library model constants in {@code file} that name a replaced model. */
  static List<Finding> find(SourceFile file, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Use u : uses(file, ctx.catalog())) {
      Level level = ctx.target().replaces().get(u.model().key());
      if (level != null) {
        out.add(finding(file, ctx, u.lib(), u.match(), u.model(), Severity.of(level)));
      }
    }
    return out;
  }

  private static Finding finding(
      SourceFile file,
      RuleContext ctx,
      SdkConstants.Library lib,
      MatchResult m,
      Model model,
      Severity severity) {
    Model to = ctx.targetModel();
    String what =
        model.name()
            + " ("
            + lib.module()
            + " constant "
            + m.group(1)
            + ") is replaced by "
            + to.name();
    String fix =
        advice(
            ctx,
            model,
            "use the constant for "
                + to.name()
                + " if your version of "
                + lib.module()
                + " has one",
            "the release that adds that constant is not known here");
    return Findings.at(
        ModelIdRule.INFO, severity, file, m.start(1), m.end(1), what, fix, List.of());
  }

  /**
   * Advice for a model constant the tool does not rewrite: the other family's successor, or the
   * target's constant if {@code whose} has one, else its model ID.
   */
  static String advice(RuleContext ctx, Model model, String useConstant, String whyNot) {
    Model to = ctx.targetModel();
    return ctx.catalog()
        .otherFamilyAdvice(ctx.target(), model)
        .orElse(
            useConstant
                + ", else the model ID "
                + to.bedrockId()
                + " (with an inference profile where the library takes one); not rewritten: "
                + whyNot);
  }
}
