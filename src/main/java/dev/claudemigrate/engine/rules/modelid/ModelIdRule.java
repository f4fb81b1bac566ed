package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdForm;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.ProfileHint;
import dev.claudemigrate.catalog.Rendering;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.Placement;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds identifiers of models the target replaces, and the bogus Sonnet 4 ID, and rewrites them in
 * their form.
 */
public final class ModelIdRule implements Rule {
  static final RuleInfo INFO = RuleDocs.info("model-id", Category.MODEL_ID, Severity.ERROR, true);

  /** Read when the class is set up, so that a preloaded rule has its libraries' tables too. */
  private static final List<String> LIBRARY_TRIGGERS = LibraryModelConstants.triggers();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<String> triggers(RuleContext ctx) {
    Set<String> out = new LinkedHashSet<>();
    Catalog catalog = ctx.catalog();
    for (Catalog.KnownId id : catalog.knownIds()) {
      boolean replaced = ctx.target().replaces().containsKey(id.model().key());
      // A bogus ID of a model the run does not touch is reported when the file is read anyway.
      if (replaced || (id.bogus() && id.model().key().equals(ctx.target().modelKey()))) {
        out.add(stem(id.text()));
      }
    }
    out.addAll(SdkModelConstants.TRIGGERS);
    out.addAll(LIBRARY_TRIGGERS);
    out.addAll(NamedModelConstants.TRIGGERS);
    return List.copyOf(out);
  }

  /** The family part of an identifier, e.g. {@code claude-3-5-sonnet} for every 3.5 Sonnet form. */
  static String stem(String id) {
    String s = id.startsWith("anthropic.") ? id.substring("anthropic.".length()) : id;
    return STEM_END.split(s, 2)[0];
  }

  /** Where an identifier's family part ends (compiled once: every literal is asked). */
  private static final Pattern STEM_END = Pattern.compile("-(?=\\d{8}|v\\d|latest|\\d$)|@");

  @Override
  public List<Finding> check(SourceFile file, RuleContext ctx) {
    List<IdMatch> matches = ctx.catalog().findIds(file.text());
    List<Finding> constants = new ArrayList<>();
    if (Rule.mentionsAny(file.text(), SdkModelConstants.TRIGGERS)) {
      constants.addAll(SdkModelConstants.find(file, ctx));
    }
    if (Rule.mentionsAny(file.text(), LIBRARY_TRIGGERS)) {
      constants.addAll(LibraryModelConstants.find(file, ctx));
    }
    if (Rule.mentionsAny(file.text(), NamedModelConstants.TRIGGERS)) {
      constants.addAll(NamedModelConstants.find(file, ctx));
    }
    constants.addAll(MisdatedIds.find(file, ctx, matches));
    constants.addAll(SwappedTierIds.find(file, ctx, matches));
    if (matches.isEmpty() && constants.isEmpty()) {
      return Rule.none();
    }
    ProfileHint prefix = FileRegion.profileHint(file.text(), ctx);
    PolicyScopes policies = PolicyScopes.of(file);
    // Only a Bedrock base ID can fill a built ARN; a Rust file's check reads its whole crate.
    Optional<BuiltArns.Place> builtArn =
        ctx.targetModel().requiresProfile()
                && matches.stream().anyMatch(m -> m.form() == IdForm.BEDROCK_BASE && !m.bogus())
            ? BuiltArns.at(file)
            : Optional.empty();
    List<Finding> out = new ArrayList<>();
    for (IdMatch m : matches) {
      Optional<Severity> severity = severity(m, ctx);
      if (severity.isEmpty() || skipped(file, m, policies)) {
        continue;
      }
      Optional<NotAUse.Kind> table = NotAUse.of(file, m, matches, ctx);
      if (table.isPresent() && table.get() == NotAUse.Kind.DEPRECATION_MAP) {
        continue;
      }
      Finding f =
          table.isPresent()
              ? reported(
                  file,
                  m,
                  Severity.INFO,
                  oldModelMessage(m, ctx) + "; " + why(table.get(), m, ctx),
                  "not rewritten: it names the old model on purpose")
              : finding(
                  file, ctx, m, severity.get(), ModelRoutes.hint(file, m, ctx, prefix), builtArn);
      out.add(Placement.settle(f, ctx));
    }
    constants.forEach(c -> out.add(Placement.settle(c, ctx)));
    // The crate's call is reported when a base ID here was reported for the ARN it builds.
    builtArn.ifPresent(
        place ->
            place
                .call()
                .filter(
                    c ->
                        out.stream()
                            .anyMatch(f -> f.fix() != null && f.fix().startsWith(place.where())))
                .ifPresent(c -> out.add(crateCall(file, c, ctx))));
    out.sort(Comparator.comparingInt(x -> x.span().start()));
    return out;
  }

  private static String why(NotAUse.Kind kind, IdMatch m, RuleContext ctx) {
    return kind == NotAUse.Kind.HELD_KEY
        ? kind.why() + " (held at " + ctx.heldKeys().get(m.text()) + ")"
        : kind.why();
  }

  private static Optional<Severity> severity(IdMatch m, RuleContext ctx) {
    if (m.bogus()) {
      return Optional.of(Severity.ERROR);
    }
    return Optional.ofNullable(ctx.target().replaces().get(m.model().key())).map(Severity::of);
  }

  private static boolean skipped(SourceFile file, IdMatch m, PolicyScopes policies) {
    if (file.contextAt(m.start()) == Context.NOTEBOOK_OUTPUT) {
      return true;
    }
    // A policy keeps granting an old model on purpose, but never a model that does not exist.
    boolean arn =
        m.form() == IdForm.FOUNDATION_MODEL_ARN || m.form() == IdForm.INFERENCE_PROFILE_ARN;
    if (arn && !m.bogus() && policies.isPolicyResource(m.start())) {
      return true;
    }
    return Placement.inLifecycleTable(file, m.start());
  }

  /**
   * The finding for {@code m}.
   *
   * @param builtArn where the file builds a foundation-model ARN from a model ID, if it does
   */
  private static Finding finding(
      SourceFile file,
      RuleContext ctx,
      IdMatch m,
      Severity severity,
      ProfileHint prefix,
      Optional<BuiltArns.Place> builtArn) {
    String what = m.bogus() ? bogusMessage(m) : oldModelMessage(m, ctx);
    if (Placement.isTestAssertion(file, m.start())) {
      return reported(
          file,
          m,
          severity,
          what + "; a test asserts the old ID on purpose",
          "update the expected value by hand if the code under test changes");
    }
    if (m.window() != null) {
      return reported(file, m, severity, what, provisioned(m, ctx));
    }
    if (m.malformed()) {
      return reported(file, m, severity, what, MalformedIds.advice(m, ctx));
    }
    String manual =
        m.bogus() ? null : ctx.catalog().otherFamilyAdvice(ctx.target(), m.model()).orElse(null);
    if (manual == null && !m.bogus()) {
      manual =
          ModelFileNames.otherModelAdvice(file, m, ctx.catalog(), ctx.targetModel()).orElse(null);
    }
    if (manual == null && Deployments.isDeploymentName(file.text(), m)) {
      manual = Deployments.advice(ctx.targetModel().name());
    }
    if (manual != null) {
      return reported(file, m, severity, what, manual);
    }
    if (m.partialArn() && !m.bogus()) {
      return reported(file, m, severity, what, partialArn(ctx));
    }
    if (m.form() == IdForm.FOUNDATION_MODEL_ARN
        && !m.bogus()
        && ctx.targetModel().requiresProfile()) {
      return reported(file, m, severity, what, onDemandArn(m, ctx, prefix));
    }
    if (builtArn.isPresent()
        && m.form() == IdForm.BEDROCK_BASE
        && !m.bogus()
        && ctx.targetModel().requiresProfile()) {
      return reported(file, m, severity, what, builtArn(builtArn.get(), ctx));
    }
    Rendering r =
        m.bogus() ? bogusRendering(m, ctx, prefix) : ctx.catalog().render(m, ctx.target(), prefix);
    if (r instanceof Rendering.Replacement rep) {
      String fix =
          "replace with " + rep.text() + (rep.note() == null ? "" : " (" + rep.note() + ")");
      return Findings.at(
          INFO,
          severity,
          file,
          m.start(),
          m.end(),
          what,
          fix,
          List.of(new Edit(m.start(), m.end(), rep.text())));
    }
    Rendering.Choice choice = (Rendering.Choice) r;
    String fix =
        choice.options().isEmpty()
            ? choice.why()
            : "choose one of " + String.join(", ", choice.options()) + ": " + choice.why();
    return reported(file, m, severity, what, fix);
  }

  /** A finding on {@code m} that says what to do and edits nothing. */
  private static Finding reported(
      SourceFile file, IdMatch m, Severity severity, String what, String advice) {
    return Findings.at(INFO, severity, file, m.start(), m.end(), what, advice, List.of());
  }

  /**
   * The call of a crate function that builds a foundation-model ARN from the file's retired base
   * ID: the ARN it returns changes with the ID, by hand.
   */
  private static Finding crateCall(SourceFile file, CrateArnBuilders.Call c, RuleContext ctx) {
    return Findings.at(
        INFO,
        Severity.INFO,
        file,
        c.start(),
        c.end(),
        c.function()
            + " ("
            + c.definedAt()
            + ") builds a foundation-model ARN from a model ID this file names, a retired base ID",
        "pass it an inference-profile ARN for "
            + ctx.targetModel().name()
            + " (arn:aws:bedrock:<region>:<account-id>:inference-profile/<prefix>."
            + ctx.targetModel().bedrockId()
            + ") or change the function, together with the ID, by hand",
        List.of());
  }

  /** Advice for a base ID in a file that builds a foundation-model ARN from a model ID. */
  private static String builtArn(BuiltArns.Place place, RuleContext ctx) {
    Model to = ctx.targetModel();
    return place.where()
        + " builds a foundation-model ARN from a model ID; "
        + to.name()
        + " is not invoked on demand through one, and an inference profile ID there names no"
        + " foundation model: change that ARN to an inference-profile ARN"
        + " (arn:aws:bedrock:<region>:<account-id>:inference-profile/<prefix>."
        + to.bedrockId()
        + ") and this ID together, by hand";
  }

  /**
   * A foundation-model ARN outside a policy is a call target, and the target cannot be called on
   * demand by one: rewriting it to the target's foundation-model ARN would fail the same way, and
   * the inference-profile ARN needs the account ID. So it is reported with both options.
   */
  private static String onDemandArn(IdMatch m, RuleContext ctx, ProfileHint hint) {
    Model to = ctx.targetModel();
    // The ARN names its own region: it beats a region stated elsewhere in the file or project,
    // though not a prefix or region the user set.
    boolean userSet =
        ctx.settings().profilePrefix().isPresent() || ctx.settings().region().isPresent();
    ProfileHint where =
        userSet || m.knownRegion() == null
            ? hint.orRegion(m.knownRegion())
            : ProfileHint.ofRegion(m.knownRegion());
    String geo = ctx.catalog().choosePrefix(to, where).orElse(null);
    return "for calls, an inference-profile ARN: arn:aws:bedrock:"
        + m.region()
        + ":<account-id>:inference-profile/"
        + (geo == null ? "<prefix>." + to.bedrockId() : to.profileId(geo))
        + " ("
        + to.name()
        + " cannot be invoked on demand through a foundation-model ARN); where an IAM policy grants"
        + " the model, arn:aws:bedrock:"
        + m.region()
        + "::foundation-model/"
        + to.bedrockId();
  }

  /**
   * An ID with a context-window suffix names a provisioned-throughput variant: capacity bought for
   * that variant. The target's variants differ (or do not exist), and a new purchase is needed, so
   * the ID is reported for a person, never rewritten.
   */
  private static String provisioned(IdMatch m, RuleContext ctx) {
    return "a provisioned-throughput variant (context window "
        + m.window().substring(1)
        + "): check which provisioned variants "
        + ctx.targetModel().name()
        + " offers in the region, buy Provisioned Throughput for one, and change this ID and its"
        + " suffix by hand";
  }

  /**
   * An ARN assembled from parts (a template, {@code Fn::Join}, {@code !Sub}, concatenation): the
   * region and account are elsewhere, and whether it is a call target or a policy grant is not
   * known here, so its model part is left to a person.
   */
  private static String partialArn(RuleContext ctx) {
    Model to = ctx.targetModel();
    return "an ARN assembled from parts: change its model part by hand; for calls, an"
        + " inference-profile ARN (...:<account-id>:inference-profile/<prefix>."
        + to.bedrockId()
        + "); where an IAM policy grants the model, ...::foundation-model/"
        + to.bedrockId();
  }

  private static String oldModelMessage(IdMatch m, RuleContext ctx) {
    if (ctx.catalog().otherFamilyAdvice(ctx.target(), m.model()).isPresent()) {
      return m.model().name()
          + " ("
          + m.form().id()
          + " "
          + m.text()
          + ") is an older "
          + m.model().family().display()
          + " model; "
          + ctx.targetModel().name()
          + " is not its successor";
    }
    return m.model().name()
        + " ("
        + m.form().id()
        + " "
        + m.text()
        + ") is replaced by "
        + ctx.targetModel().name();
  }

  private static String bogusMessage(IdMatch m) {
    return "'"
        + m.text()
        + "' does not exist (a circulating typo); the real "
        + m.model().name()
        + (m.form() == IdForm.VERTEX
            ? " Vertex AI name is " + m.model().vertexId()
            : " ID is " + m.model().bedrockId());
  }

  /**
   * The bogus ID becomes the model it was meant to name, keeping its form; when the target replaces
   * that model too, straight to the target.
   */
  private static Rendering bogusRendering(IdMatch m, RuleContext ctx, ProfileHint prefix) {
    Model meant = m.model();
    if (meant.key().equals(ctx.target().modelKey())
        || ctx.target().replaces().containsKey(meant.key())) {
      Rendering r = ctx.catalog().render(m, ctx.target(), prefix);
      if (r instanceof Rendering.Replacement) {
        return r;
      }
    }
    if (m.form() == IdForm.VERTEX) {
      return new Rendering.Replacement(
          meant.vertexId(),
          meant.key().equals(ctx.target().modelKey())
              ? null
              : "the name meant; " + ctx.targetModel().name() + " on Vertex AI is chosen by hand");
    }
    String bogusLiteral = m.text().substring(m.text().lastIndexOf("anthropic."));
    String note =
        m.form() == IdForm.BEDROCK_BASE && meant.requiresProfile()
            ? "on-demand calls need an inference-profile ID; no region decides the prefix"
            : null;
    return new Rendering.Replacement(m.text().replace(bogusLiteral, meant.bedrockId()), note);
  }
}
