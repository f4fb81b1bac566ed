package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.rule.NearbyFiles;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.LineStartPattern;
import dev.claudemigrate.engine.syntax.TextScan;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A type defined for one model version: a library or an application with one class per model
 * ({@code class ClaudeV3_5 < Base; def model_id = 'anthropic.claude-3-5-sonnet-...'}, {@code class
 * Claude37Sonnet(BedrockModel)}). Its ID is what the type means; rewriting it to the target leaves
 * a type named for one model that calls another, and a second type for the same model. Found
 * lexically, in any language: the nearest type declaration above the ID, within {@link #REACH}
 * lines, whose name says Claude or the family and whose digits are the model's version.
 */
final class PerModelTypes {
  /** How many entries of the file's folder are looked at for a sibling type's file. */
  private static final int MAX_SIBLINGS = 200;

  /** How many lines above the ID its type's declaration may stand. */
  private static final int REACH = 40;

  /** Words a type declaration may open with: modifiers, and the kinds of type. */
  private static final List<String> MODIFIERS =
      List.of(
          "public",
          "private",
          "protected",
          "internal",
          "final",
          "abstract",
          "sealed",
          "open",
          "data",
          "static",
          "export",
          "pub",
          "default");

  private static final List<String> KINDS =
      List.of(
          "class", "module", "struct", "object", "enum", "record", "trait", "interface", "impl");

  /**
   * A type declaration and its name, tried only at lines whose first word is one of the above
   * (Rust's {@code pub(crate)} too: the word is {@code pub}).
   */
  private static final LineStartPattern DECLARATION =
      LineStartPattern.of(
          "(?m)^[ \\t]*(?:(?:"
              + String.join("|", MODIFIERS).replace("|pub|", "|pub(?:\\([a-z]+\\))?|")
              + ")\\s+)*(?:"
              + String.join("|", KINDS)
              + ")\\s+([A-Za-z_]\\w*)",
          Stream.concat(MODIFIERS.stream(), KINDS.stream()).toList());

  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  /**
   * The name a value is bound to on its line, right before the literal: {@code ModelSonnet45 = },
   * {@code CLAUDE_3_7: Final = }, {@code claude35: }, {@code SONNET_4(}, a Ruby symbol's {@code
   * CLAUDE_SONNET_4_5 = :}. The look-behind changes no answer (a name that matches from inside a
   * word matches from the word's start, further left, first) but spares {@code find()} reading the
   * rest of each word again from each of its letters (PerModelTypesTest compares it with the
   * expression without it).
   */
  static final Pattern BOUND_NAME =
      Pattern.compile(
          "(?<![A-Za-z_])([A-Za-z_][\\w]*)['\"]?\\s*(?::[^=]*=|[:=(]|=>)\\s*:?[\"'`]?$");

  /**
   * How many lines apart the named constants of one table may stand, not counting blank and comment
   * lines (an SDK documents each constant on the line above it).
   */
  private static final int TABLE_REACH = 8;

  private PerModelTypes() {}

  /**
   * Whether {@code m} stands in a type declared for its own model's version, one of a set of such
   * types: another type in the file, or a file beside it, is named for another Claude version
   * ({@code claude_v3.rb} beside {@code claude_v3_5.rb}). A lone class named for the model it calls
   * ({@code class Sonnet35Model} beside {@code GPT4o/}) is the application's use: rewritten.
   */
  static boolean isPerModel(SourceFile file, IdMatch m) {
    String text = file.text();
    LineIndex lines = file.lines();
    int from = lines.lineStart(Math.max(1, lines.line(m.start()) - REACH));
    LineStartPattern.Finder d = DECLARATION.finder(text, from, m.start());
    String name = null;
    while (d.next()) {
      name = d.group(1);
    }
    return name != null && namesVersion(name, m) && otherVersionBeside(file, m);
  }

  /** Whether the file declares, or its folder holds, something named for another Claude version. */
  private static boolean otherVersionBeside(SourceFile file, IdMatch m) {
    LineStartPattern.Finder d = DECLARATION.finder(file.text(), 0, file.text().length());
    while (d.next()) {
      if (namesOtherVersion(d.group(1), m)) {
        return true;
      }
    }
    Path dir = file.absolutePath() == null ? null : file.absolutePath().getParent();
    if (dir == null) {
      return false;
    }
    for (String sibling : NearbyFiles.names(dir, MAX_SIBLINGS)) {
      int dot = sibling.indexOf('.');
      if (namesOtherVersion(dot > 0 ? sibling.substring(0, dot) : sibling, m)) {
        return true;
      }
    }
    return false;
  }

  /** A name that says Claude and a version other than {@code m}'s. */
  private static boolean namesOtherVersion(String name, IdMatch m) {
    String digits = versionDigits(name);
    return name.toLowerCase(Locale.ROOT).contains("claude")
        && !digits.isEmpty()
        && !digits.equals(m.model().version().replace(".", ""));
  }

  /**
   * Whether {@code m} is bound to a name that names its own model's version in a table of such
   * names that already holds the target ({@code ModelSonnet45 = "...4-5..."; ModelSonnet46 =
   * "...4-6..."}): rewriting the old entry would make its name lie and double the target's. Without
   * the target there, the table is the application's map from its keys to IDs, and rewriting the
   * value keeps the application working.
   */
  static boolean inNamedTable(SourceFile file, IdMatch m, List<IdMatch> all, Model target) {
    String text = file.text();
    if (!boundToItsName(text, m)) {
      return false;
    }
    LineIndex lines = file.lines();
    int line = lines.line(m.start());
    return all.stream()
        .anyMatch(
            o ->
                o.model().key().equals(target.key())
                    && codeLinesBetween(file, line, lines.line(o.start())) <= TABLE_REACH
                    && boundToItsName(text, o));
  }

  /** The lines from {@code a} to {@code b} that hold code (not blank, not only a comment). */
  private static int codeLinesBetween(SourceFile file, int a, int b) {
    LineIndex lines = file.lines();
    int count = 0;
    for (int l = Math.min(a, b) + 1; l <= Math.max(a, b) && count <= TABLE_REACH; l++) {
      int at = TextScan.skipWhite(file.text(), lines.lineStart(l));
      if (at < lines.lineEnd(l, file.text()) && file.contextAt(at) != Context.COMMENT) {
        count++;
      }
    }
    return count;
  }

  private static boolean boundToItsName(String text, IdMatch m) {
    return boundName(text, m).filter(name -> namesVersion(name, m)).isPresent();
  }

  /**
   * The name {@code m} is bound to on its line ({@code ModelSonnet45 = }, {@code SONNET_4(}), if
   * the literal follows one.
   */
  static Optional<String> boundName(String text, IdMatch m) {
    String head = text.substring(TextScan.lineStart(text, m.start()), m.start());
    Matcher b = BOUND_NAME.matcher(head);
    return b.find() ? Optional.of(b.group(1)) : Optional.empty();
  }

  /**
   * Whether a type's name names {@code m}'s model: Claude or the family in it, and its digit runs
   * (a date of six digits or more left out) spell the version ({@code ClaudeV3_5}, {@code
   * Claude35Sonnet}, {@code SonnetV4}).
   */
  static boolean namesVersion(String name, IdMatch m) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!lower.contains("claude")
        && !lower.contains(m.model().family().name().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String digits = versionDigits(name);
    return !digits.isEmpty() && digits.equals(m.model().version().replace(".", ""));
  }

  /** The digit runs of a name, a date (six digits or more) left out. */
  private static String versionDigits(String name) {
    StringBuilder digits = new StringBuilder();
    Matcher run = DIGITS.matcher(name);
    while (run.find()) {
      if (run.group().length() < 6) {
        digits.append(run.group());
      }
    }
    return digits.toString();
  }
}
