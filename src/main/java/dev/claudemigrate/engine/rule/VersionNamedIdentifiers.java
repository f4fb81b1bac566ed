package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.CharPairs;
import dev.claudemigrate.engine.syntax.LastAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names in code that a library or project gave a legacy tool version (ADR 0108): a Swift {@code
 * .bash20241022} default, an enum case {@code BashType.bash20241022}, {@code TEXT_EDITOR_20250124}.
 * The Anthropic SDKs' own type names are {@link SdkTypeNames}'; the type string itself is the
 * rules'. Reported, never rewritten: the declaration for the version the target uses may not exist
 * yet.
 */
final class VersionNamedIdentifiers {
  /** A name holding the family's stem right before a date, in any case. */
  private static final Map<ToolFamily, Pattern> NAMES =
      Map.of(
          ToolFamily.TEXT_EDITOR, name("text_?editor"),
          ToolFamily.COMPUTER, name("computer(?:_?use)?"),
          ToolFamily.BASH, name("bash"));

  private static Pattern name(String stem) {
    return Pattern.compile("[A-Za-z0-9_]*?(?i:" + stem + ")_?\\d{8}[A-Za-z0-9_]*");
  }

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
    String text = file.text();
    for (Map.Entry<ToolVersion, ToolVersion> e : replaced.entrySet()) {
      ToolVersion v = e.getKey();
      if (v.family() != family) {
        continue;
      }
      // Each occurrence of the date (model IDs hold it too), then the name around it: a regex
      // tried at every character cost a second on the benchmark tree.
      String date = date(v);
      int from = 0;
      for (int at : dateOffsets(text, date)) {
        if (at < from) {
          continue; // inside the name just read: a date is digits, so wholly inside it
        }
        int start = at;
        while (start > 0 && isNamePart(text.charAt(start - 1))) {
          start--;
        }
        int end = at + date.length();
        while (end < text.length() && isNamePart(text.charAt(end))) {
          end++;
        }
        String name = text.substring(start, end);
        if (NAMES.get(family).matcher(name).matches()
            && file.contextAt(start) == Context.CODE
            && !name.contains(v.type())
            && !name.contains(SdkTypeNames.trigger(v))) {
          out.add(Placement.settle(finding(file, rule, start, end, v, e.getValue(), ctx), ctx));
        }
        from = end;
      }
    }
    return out;
  }

  /**
   * A file's offsets of each date asked about: the computer, bash and text-editor versions share
   * their dates, and each family asks, so each date is searched once per file, not once per family.
   */
  private static final LastAnswer<Map<String, List<Integer>>> DATES = new LastAnswer<>();

  /** The offsets of {@code date} in {@code text}, left to right, not overlapping. */
  static List<Integer> dateOffsets(String text, String date) {
    Map<String, List<Integer>> byDate = DATES.get(text, null, (t, none) -> new HashMap<>());
    // (Not computeIfAbsent: its function would close over the text, a new object every call.)
    List<Integer> offsets = byDate.get(date);
    if (offsets == null) {
      offsets = new ArrayList<>();
      for (int at = CharPairs.indexOf(text, date, 0); at >= 0; ) {
        offsets.add(at);
        at = text.indexOf(date, at + date.length());
      }
      byDate.put(date, offsets);
    }
    return offsets;
  }

  private static boolean isNamePart(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  private static Finding finding(
      SourceFile file,
      RuleInfo rule,
      int start,
      int end,
      ToolVersion legacy,
      ToolVersion to,
      RuleContext ctx) {
    String what =
        file.text().substring(start, end)
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
    return Findings.at(rule, Severity.WARNING, file, start, end, what, fix, List.of());
  }

  private static String date(ToolVersion v) {
    return v.type().substring(v.type().lastIndexOf('_') + 1);
  }
}
