package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code switch} or {@code match} with a braced body in code read without a grammar (PHP, Swift,
 * Dart, Scala, Groovy, C/C++; ADR 0108), judged like a parsed switch: its arms are the lines that
 * start directly inside the braces ({@code case 'end_turn':}, {@code case .endTurn:}, {@code case
 * "end_turn" =>}, PHP 8 and Dart 3 {@code 'end_turn' => ...}), its default is {@code default}, a
 * Swift {@code @unknown default}, or a catch-all {@code _} / bare name, and that default fails when
 * its text raises or throws. Without a parse the arms are found by depth counting on code outside
 * strings and comments, so a body it cannot close is not judged.
 */
final class LexicalSwitches {
  private static final Pattern HEAD = Pattern.compile("\\b(switch|match)\\b");
  private static final Pattern DEFAULT = Pattern.compile("^(?:@unknown\\s+)?default\\b");
  private static final Pattern CASE = Pattern.compile("^case\\s+(.+?)\\s*(?:=>|->|(?<!:):(?!:))");
  private static final Pattern ARROW = Pattern.compile("^(.+?)\\s*=>");

  /**
   * A catch-all pattern: {@code _}, a binding ({@code let x}), or a bare lower-case name that is no
   * stop value (Scala binds any value to it).
   */
  private static final Pattern CATCH_ALL =
      Pattern.compile("_|(?:(?:let|var)\\s+)?[a-z][A-Za-z0-9_]*");

  /** How far past the keyword the opening brace may be (a subject over a few lines). */
  private static final int HEAD_REACH = 400;

  private LexicalSwitches() {}

  /** One switch: where it starts and ends, its keyword, and what it handles. */
  record Switch(int start, int end, String keyword, StopReasonCheck.Facts facts) {}

  /** An arm of the body: its label text, whether it is the default, where its code starts. */
  private record Arm(String label, boolean isDefault, int at) {}

  /** The switches of {@code file} on a stop reason, or whose cases can only be stop reasons. */
  static List<Switch> find(SourceFile file) {
    List<Switch> out = new ArrayList<>();
    Matcher h = HEAD.matcher(file.text());
    int after = 0;
    while (h.find()) {
      if (h.start() < after || file.contextAt(h.start()) != Context.CODE) {
        continue;
      }
      Switch s = read(file, h.start(), h.end(), h.group(1));
      if (s != null) {
        out.add(s);
        after = s.end();
      }
    }
    return out;
  }

  private static Switch read(SourceFile file, int keyword, int from, String word) {
    String text = file.text();
    int open = openingBrace(file, from);
    int close = open < 0 ? -1 : closingBrace(file, open);
    if (close < 0) {
      return null;
    }
    LineIndex lines = file.lines();
    int headStart = lines.lineStart(lines.line(keyword));
    String head = LexicalComparisons.withoutComments(file, headStart, open);
    List<Arm> arms = arms(file, open, close);
    Set<String> values = new LinkedHashSet<>();
    StringBuilder labels = new StringBuilder();
    boolean hasDefault = false;
    boolean fails = false;
    for (int i = 0; i < arms.size(); i++) {
      Arm arm = arms.get(i);
      if (arm.isDefault()) {
        int armEnd = i + 1 < arms.size() ? arms.get(i + 1).at() : close;
        hasDefault = true;
        fails |= StopReasonCheck.fails(LexicalComparisons.withoutComments(file, arm.at(), armEnd));
      } else {
        values.addAll(StopReasonCheck.values(arm.label()));
        labels.append(arm.label()).append('\n');
      }
    }
    boolean onStopReason =
        StopReasonCheck.STOP_KEY.matcher(head).find() || StopReasonCheck.namesStopReasons(values);
    if (!onStopReason || values.isEmpty()) {
      return null;
    }
    int start = headStart;
    while (start < keyword && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    StopReasonCheck.Facts facts =
        new StopReasonCheck.Facts(true, head, values, hasDefault, fails, labels.toString());
    return new Switch(start, close + 1, word, facts);
  }

  /** The body's opening brace: the first in code after the keyword, before any statement ends. */
  private static int openingBrace(SourceFile file, int from) {
    String text = file.text();
    int limit = Math.min(text.length(), from + HEAD_REACH);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (file.contextAt(i) != Context.CODE) {
        continue;
      }
      if (c == '{') {
        return i;
      }
      if (c == ';' || c == '}') {
        return -1;
      }
    }
    return -1;
  }

  /** The brace closing {@code open}, counting braces in code only; -1 when it never closes. */
  static int closingBrace(SourceFile file, int open) {
    String text = file.text();
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '{' || c == '}') && file.contextAt(i) == Context.CODE) {
        depth += c == '{' ? 1 : -1;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The arms: lines whose code starts directly inside the body (bracket depth one). */
  private static List<Arm> arms(SourceFile file, int open, int close) {
    String text = file.text();
    LineIndex lines = file.lines();
    List<Arm> out = new ArrayList<>();
    int depth = 1;
    boolean lineStart = false;
    for (int i = open + 1; i < close; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineStart = true;
        continue;
      }
      if (lineStart && !Character.isWhitespace(c)) {
        lineStart = false;
        if (depth == 1) {
          int l = lines.line(i);
          String code = LexicalComparisons.withoutComments(file, i, lines.lineEnd(l, text)).strip();
          Arm arm = arm(code, i);
          if (arm != null) {
            out.add(arm);
          }
        }
      }
      if (file.contextAt(i) == Context.CODE) {
        depth += "{[(".indexOf(c) >= 0 ? 1 : "}])".indexOf(c) >= 0 ? -1 : 0;
      }
    }
    return out;
  }

  /** The arm a line of the body starts, or null when it starts none. */
  private static Arm arm(String code, int at) {
    if (DEFAULT.matcher(code).find()) {
      return new Arm(code, true, at);
    }
    Matcher m = CASE.matcher(code);
    if (!m.find()) {
      m = ARROW.matcher(code);
      if (!m.find()) {
        return null;
      }
    }
    String label = m.group(1).strip();
    boolean catchAll =
        CATCH_ALL.matcher(label).matches() && StopReasonCheck.values(label).isEmpty();
    return new Arm(label, catchAll, at);
  }
}
