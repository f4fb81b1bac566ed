package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in code that a library or project gave a legacy tool version (ADR 0108): a Swift {@code
 * .bash20241022} default, an enum case {@code BashType.bash20241022}, {@code TEXT_EDITOR_20250124}.
 * The Anthropic SDKs' own type names are {@link SdkTypeNames}'; the type string itself is the
 * rules'. Reported, never rewritten: the declaration for the version the target uses may not exist
 * yet.
 */
final class VersionNamedIdentifiers {
  private static final Map<ToolFamily, String> STEMS =
      Map.of(
          ToolFamily.TEXT_EDITOR, "text_?editor",
          ToolFamily.COMPUTER, "computer(?:_?use)?",
          ToolFamily.BASH, "bash");

  private VersionNamedIdentifiers() {}

  /** The trigger for version {@code v}'s names: its date, in whatever spelling they have. */
  static String trigger(ToolVersion v) {
    return date(v);
  }

  /** Findings for names of a version of {@code family} that the target replaces (see above). */
  static List<Finding> find(
      SourceFile file,
      RuleContext ctx,
      RuleInfo rule,
      ToolFamily family,
      Map<ToolVersion, ToolVersion> replaced) {
    List<Finding> out = new ArrayList<>();
    Pattern p =
        Pattern.compile(
            "(?<![A-Za-z0-9_])[A-Za-z0-9_]*?(?i:"
                + STEMS.get(family)
                + ")_?(\\d{8})[A-Za-z0-9_]*(?![A-Za-z0-9_])");
    for (Map.Entry<ToolVersion, ToolVersion> e : replaced.entrySet()) {
      ToolVersion v = e.getKey();
      if (v.family() != family || !file.text().contains(date(v))) {
        continue;
      }
      Matcher m = p.matcher(file.text());
      while (m.find()) {
        String name = m.group();
        if (!m.group(1).equals(date(v))
            || file.contextAt(m.start()) != Context.CODE
            || name.contains(v.type())
            || name.contains(SdkTypeNames.trigger(v))) {
          continue;
        }
        out.add(Placement.settle(finding(file, rule, m, v, e.getValue(), ctx), ctx));
      }
    }
    return out;
  }

  private static Finding finding(
      SourceFile file,
      RuleInfo rule,
      Matcher m,
      ToolVersion legacy,
      ToolVersion to,
      RuleContext ctx) {
    String what =
        m.group()
            + " is named for the "
            + legacy.type()
            + " tool, which "
            + ctx.targetModel().name()
            + " does not accept; it uses "
            + to.type();
    String fix =
        "if this picks the tool version a request sends, move it to a declaration for "
            + to.type()
            + " (add one where the library lacks it); not rewritten";
    return Findings.at(rule, Severity.WARNING, file, m.start(), m.end(), what, fix, List.of());
  }

  private static String date(ToolVersion v) {
    return v.type().substring(v.type().lastIndexOf('_') + 1);
  }
}
