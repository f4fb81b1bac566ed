package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.CharPairs;
import dev.claudemigrate.engine.syntax.LastAnswer;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code that implements several versions of one Anthropic tool on purpose: a class per version
 * ({@code computer_20241022} and {@code computer_20250124} side by side), tool groups a user
 * selects by model, a command set with {@code undo_edit} for the old editor beside one without it.
 * Moving one version to the target's breaks the version that still needs it and leaves two copies
 * of the other, so in such a file a rule's findings keep their severity and lose their edits.
 */
public final class ToolVersionSets {
  private static final Pattern DATE = Pattern.compile("\\d{8}");

  private ToolVersionSets() {}

  /** Whether {@code file} names two or more versions of one of {@code families}. */
  public static boolean implementsSeveral(
      SourceFile file, RuleContext ctx, List<ToolFamily> families) {
    for (ToolFamily family : families) {
      Names names = NAMES.get(ctx, null, (c, none) -> byFamily(c)).get(family);
      if (severalInCode(file, names.types())
          || (family != ToolFamily.TEXT_EDITOR && severalInCode(file, names.betas()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A family's tool types, and the distinct betas of its versions, in catalog order: a tool group
   * per version may name its classes ({@code ComputerTool20241022}) rather than their types, and
   * send the betas ({@code computer-use-2024-10-22}, {@code computer-use-2025-01-24}) side by side.
   * (Not asked for the text editor, whose versions share the computer-use betas.)
   */
  private record Names(List<String> types, List<String> betas) {}

  // The catalog's, asked for every file with a finding: computed once a run (a run has one
  // context), for every family at once.
  private static final LastAnswer<Map<ToolFamily, Names>> NAMES = new LastAnswer<>();

  private static Map<ToolFamily, Names> byFamily(RuleContext ctx) {
    Map<ToolFamily, Names> out = new EnumMap<>(ToolFamily.class);
    for (ToolFamily family : ToolFamily.values()) {
      List<ToolVersion> versions =
          ctx.catalog().tools().stream().filter(v -> v.family() == family).toList();
      List<String> betas =
          versions.stream().map(ToolVersion::beta).filter(b -> b != null).distinct().toList();
      out.put(family, new Names(versions.stream().map(ToolVersion::type).toList(), betas));
    }
    return out;
  }

  /**
   * Whether two or more of {@code names} stand in {@code file}'s code. The text is asked first: the
   * contexts parse the file, and most files name one version at most.
   */
  private static boolean severalInCode(SourceFile file, List<String> names) {
    List<String> present = names.stream().filter(n -> CharPairs.contains(file.text(), n)).toList();
    return present.size() >= 2
        && present.stream()
                .filter(
                    n -> TextScan.occurrences(file, n).stream().anyMatch(at -> inCode(file, at)))
                .count()
            >= 2;
  }

  /** A comment or prose naming an old version ("was computer_20241022") implements nothing. */
  private static boolean inCode(SourceFile file, int at) {
    Context c = file.contextAt(at);
    return c != Context.COMMENT && c != Context.DOCUMENTATION;
  }

  /**
   * The findings, reported without edits when some file of the project implements several versions
   * of {@code family} (docs/adr/0115): code that serves a tool's command for all of them (an
   * editor's {@code undo_edit} handler) names no version itself.
   */
  public static List<Finding> settleForProject(
      RuleContext ctx, ToolFamily family, List<Finding> findings) {
    if (!ctx.project().severalVersions().contains(family)) {
      return findings;
    }
    return findings.stream()
        .map(
            f ->
                f.fixable()
                    ? f.withoutEdits(
                        f.fix()
                            + " by hand, if no version this project implements still needs it:"
                            + " it implements several "
                            + family.id()
                            + " versions on purpose (reported, never rewritten)")
                    : f)
        .toList();
  }

  /**
   * The findings, reported without edits when {@code file} implements several versions of one of
   * {@code families}, or when a finding's value is that of a declaration named for its version.
   */
  public static List<Finding> settle(
      SourceFile file, RuleContext ctx, List<ToolFamily> families, List<Finding> findings) {
    if (findings.stream().noneMatch(Finding::fixable)) {
      return findings;
    }
    boolean several = implementsSeveral(file, ctx, families);
    return findings.stream()
        .map(
            f -> {
              if (!f.fixable()) {
                return f;
              }
              if (several) {
                return f.withoutEdits(
                    f.fix()
                        + " (this file implements several versions of the tool on purpose:"
                        + " reported, never rewritten)");
              }
              return namedForItsVersion(file, f, ctx)
                  ? f.withoutEdits(
                      f.fix()
                          + " where a declaration for the new version is added: this value"
                          + " belongs to a declaration named for the old one (reported, never"
                          + " rewritten)")
                  : f;
            })
        .toList();
  }

  /**
   * The name around {@code at}. An Anthropic SDK type of a tool version ({@code
   * BetaToolTextEditor20241022}) is no declaration named for it: {@link SdkTypeNames} moves it with
   * the value.
   */
  private static String wordAt(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
      end++;
    }
    int start = at;
    while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /**
   * Whether the value a finding matched is that of a declaration named for the same version: the
   * code before it on its line holds a name with the version's date ({@code case bash20241022 =
   * "bash_20241022"}, {@code BASH_20241022("bash_20241022")}). Rewriting the value alone would
   * leave a name that says one version and a value that says another.
   */
  static boolean namedForItsVersion(SourceFile file, Finding f, RuleContext ctx) {
    Matcher date = DATE.matcher(f.matched());
    if (!date.find()) {
      return false;
    }
    String text = file.text();
    int start = f.span().start();
    int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    String head = text.substring(lineStart, start);
    for (int at = head.indexOf(date.group()); at >= 0; at = head.indexOf(date.group(), at + 1)) {
      String word = wordAt(text, lineStart + at);
      if (word.chars().anyMatch(Character::isLetter)
          && file.contextAt(lineStart + at) == Context.CODE
          && ctx.catalog().tools().stream().noneMatch(v -> v.sdkTypeNames().contains(word))) {
        return true;
      }
    }
    return false;
  }
}
