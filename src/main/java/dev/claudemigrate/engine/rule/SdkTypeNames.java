package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.SdkConstants;
import dev.claudemigrate.catalog.SdkConstants.Sdk;
import dev.claudemigrate.catalog.SdkConstants.Version;
import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.CharPairs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Anthropic SDK type names of legacy tool versions ({@code BetaToolTextEditor20241022}, {@code
 * ToolTextEditor20250124Param}, {@code BetaToolComputerUse20241022}): renamed to the target
 * version's type with the same naming pattern when the catalog knows that name and the SDK release
 * the project pins declares it (sdk-constants.yaml, {@link BuildFileVersions}), else reported. A
 * type the API rejects is an error whatever the rule's default.
 */
public final class SdkTypeNames {
  private static final Map<ToolFamily, String> STEMS =
      Map.of(
          ToolFamily.TEXT_EDITOR,
          "TextEditor",
          ToolFamily.COMPUTER,
          "ComputerUse",
          ToolFamily.BASH,
          "Bash");

  /**
   * A name holding a family's stem and a date (group 1): compiled once, on the first file that
   * holds a stem, rather than for every such file.
   */
  private static final class Names {
    static final Map<ToolFamily, Pattern> BY_FAMILY =
        STEMS.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    Map.Entry::getKey,
                    e ->
                        Pattern.compile(
                            "(?<![A-Za-z0-9_])[A-Za-z_]*"
                                + e.getValue()
                                + "(\\d{8})[A-Za-z0-9_]*(?![A-Za-z0-9_])")));
  }

  /** The Anthropic SDK a file of each language uses. */
  private static final Map<Language, Sdk> SDKS =
      Map.of(
          Language.PYTHON,
          Sdk.PYTHON,
          Language.TYPESCRIPT,
          Sdk.TYPESCRIPT,
          Language.JAVASCRIPT,
          Sdk.TYPESCRIPT,
          Language.GO,
          Sdk.GO,
          Language.JAVA,
          Sdk.JAVA,
          Language.KOTLIN,
          Sdk.JAVA);

  private SdkTypeNames() {}

  /**
   * The literal every SDK type name of tool version {@code v} contains, e.g. {@code
   * ComputerUse20241022}.
   */
  public static String trigger(ToolVersion v) {
    return STEMS.get(v.family()) + v.type().substring(v.type().lastIndexOf('_') + 1);
  }

  /**
   * The triggers of {@link #find}: the SDK names' common part, and the version's date for names a
   * project or library gave it ({@link VersionNamedIdentifiers}).
   */
  public static List<String> triggers(ToolVersion v) {
    return List.of(trigger(v), VersionNamedIdentifiers.trigger(v));
  }

  /**
   * Findings for every SDK type name of a version of {@code family} that the target replaces, and
   * for the other names of such a version ({@link VersionNamedIdentifiers}).
   *
   * @param replaced the versions the target does not accept, each with the version it uses
   */
  public static List<Finding> find(
      SourceFile file,
      RuleContext ctx,
      RuleInfo rule,
      ToolFamily family,
      Map<ToolVersion, ToolVersion> replaced) {
    List<Finding> out =
        new ArrayList<>(VersionNamedIdentifiers.find(file, ctx, rule, family, replaced));
    if (!CharPairs.contains(file.text(), STEMS.get(family))) {
      return out; // every match holds the stem: no need to try the pattern at every character
    }
    Matcher m = Names.BY_FAMILY.get(family).matcher(file.text());
    BuildFileVersions.Pins pins = new BuildFileVersions.Pins(file.absolutePath());
    while (m.find()) {
      ToolVersion legacy = replacedVersion(replaced, family, m.group(1));
      if (legacy == null || file.contextAt(m.start()) == Context.NOTEBOOK_OUTPUT) {
        continue;
      }
      ToolVersion to = replaced.get(legacy);
      String candidate =
          m.group().replace(m.group(1), to.type().substring(to.type().lastIndexOf('_') + 1));
      String what =
          "SDK type "
              + m.group()
              + " is the "
              + legacy.type()
              + " tool, which "
              + to.type()
              + " replaces";
      Optional<String> blocked =
          to.sdkTypeNames().contains(candidate)
              ? whyNot(file, candidate, pins)
              : Optional.of(
                  "no known SDK type of "
                      + to.type()
                      + " follows this name; change it by hand (known: "
                      + String.join(", ", to.sdkTypeNames())
                      + ")");
      Finding f =
          Findings.at(
              rule,
              Severity.ERROR,
              file,
              m.start(),
              m.end(),
              what,
              blocked.orElse("replace with " + candidate),
              blocked.isPresent() ? List.of() : List.of(new Edit(m.start(), m.end(), candidate)));
      out.add(Placement.settle(f, ctx));
    }
    return out;
  }

  /**
   * Why {@code candidate} cannot replace the name in {@code file}, or empty when it can: the
   * project must pin a release of its Anthropic SDK that declares the type. An import of a type the
   * installed SDK lacks breaks the program, so without a known version the name is reported.
   */
  private static Optional<String> whyNot(
      SourceFile file, String candidate, BuildFileVersions.Pins pins) {
    Sdk sdk = SDKS.get(file.language());
    SdkConstants data = SdkConstants.builtin();
    Optional<Version> since = sdk == null ? Optional.empty() : data.typeSince(sdk, candidate);
    if (since.isEmpty()) {
      return Optional.of(
          "replace with "
              + candidate
              + " where your Anthropic SDK declares it (release not known)");
    }
    String needs =
        "replace with "
            + candidate
            + " (declared in "
            + data.module(sdk)
            + " "
            + since.get()
            + " and later";
    Optional<BuildFileVersions.Found> pinned = pins.of(sdk, data.module(sdk));
    if (pinned.isEmpty()) {
      return Optional.of(needs + "; no build or lock file pins the version)");
    }
    Path where = pinned.get().file().getFileName();
    if (pinned.get().version().compareTo(since.get()) < 0) {
      return Optional.of(
          needs + "; " + where + " pins " + pinned.get().version() + ": upgrade first)");
    }
    return Optional.empty();
  }

  private static ToolVersion replacedVersion(
      Map<ToolVersion, ToolVersion> replaced, ToolFamily family, String date) {
    String type = family.id() + "_" + date;
    return replaced.keySet().stream().filter(v -> v.type().equals(type)).findFirst().orElse(null);
  }
}
