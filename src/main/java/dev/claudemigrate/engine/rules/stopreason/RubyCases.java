package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Ruby {@code case} on a stop reason, read line by line (Ruby has no grammar here, ADR 0106): its
 * {@code when} values, whether an {@code else} at the same indentation gives a default, and whether
 * that default fails ({@code raise}, {@code fail}). The {@code case} ends at the {@code end} of its
 * indentation.
 */
final class RubyCases {
  private static final Pattern CASE = Pattern.compile("^([ \\t]*)case\\s+(\\S.*)$");
  private static final Pattern FAILS = Pattern.compile("\\b(?:raise|fail)\\b");

  private RubyCases() {}

  /** Whether {@code path} is read as Ruby. */
  static boolean isRuby(String path) {
    return path.endsWith(".rb") || path.endsWith(".rake");
  }

  /** The {@code case} statements of {@code file} whose subject names a stop reason. */
  static List<LexicalSwitches.Switch> find(SourceFile file) {
    List<LexicalSwitches.Switch> out = new ArrayList<>();
    LineIndex lines = file.lines();
    for (int l = 1; l <= lines.lineCount(); l++) {
      Matcher c = CASE.matcher(code(file, l));
      if (c.matches() && StopReasonCheck.STOP_KEY.matcher(c.group(2)).find()) {
        LexicalSwitches.Switch found = read(file, l, c.group(1), c.group(2));
        if (found != null) {
          out.add(found);
        }
      }
    }
    return out;
  }

  /** The case opened on line {@code first} at {@code indent}, or null when it has no end. */
  private static LexicalSwitches.Switch read(
      SourceFile file, int first, String indent, String subject) {
    LineIndex lines = file.lines();
    Set<String> values = new LinkedHashSet<>();
    StringBuilder labels = new StringBuilder();
    boolean inElse = false;
    boolean hasDefault = false;
    boolean fails = false;
    for (int l = first + 1; l <= lines.lineCount(); l++) {
      String line = code(file, l);
      String head = line.startsWith(indent) ? line.substring(indent.length()) : null;
      if (head != null && head.matches("end\\b.*")) {
        StopReasonCheck.Facts facts =
            new StopReasonCheck.Facts(
                true, subject, values, hasDefault, hasDefault && fails, labels.toString());
        int start = lines.lineStart(first) + indent.length();
        return new LexicalSwitches.Switch(start, lines.lineEnd(l, file.text()), "case", facts);
      }
      if (head != null && head.matches("when\\b.*")) {
        inElse = false;
        values.addAll(StopReasonCheck.values(head));
        labels.append(head.strip()).append('\n');
      } else if (head != null && head.matches("else\\b.*")) {
        inElse = true;
        hasDefault = true;
      } else if (inElse && FAILS.matcher(line).find()) {
        fails = true;
      }
    }
    return null;
  }

  /** Line {@code l}'s text with its comments blanked. */
  private static String code(SourceFile file, int l) {
    LineIndex lines = file.lines();
    return LexicalComparisons.withoutComments(
        file, lines.lineStart(l), lines.lineEnd(l, file.text()));
  }
}
