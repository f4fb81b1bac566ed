package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.List;

/**
 * A TypeScript union of string literals that names several models ({@code type ModelId = |
 * 'anthropic.claude-...' | 'us.anthropic.claude-...' | (string & {})}): the type of the values a
 * library or an application accepts, not a model it calls. Rewriting one member to the target drops
 * the old model from the type (callers that pass it stop compiling) and repeats the target, so such
 * a member is listed like the entries of a bracketed list.
 */
final class TypeUnions {
  private TypeUnions() {}

  /** Whether {@code m} is a member of a union of string literals naming {@code many} models. */
  static boolean ofMany(SourceFile file, IdMatch m, List<IdMatch> all, int many) {
    if (file.language() != Language.TYPESCRIPT && file.language() != Language.JAVASCRIPT) {
      return false; // JSDoc @typedef unions in JavaScript read the same way
    }
    String text = file.text();
    int open = m.start() - 1;
    int close = m.end();
    if (open < 0 || close >= text.length() || !ModelTables.isQuote(text.charAt(open))) {
      return false;
    }
    if (text.charAt(close) != text.charAt(open)) {
      return false; // the ID is only part of the literal
    }
    int first = open;
    for (int o = previousMember(text, first); o >= 0; o = previousMember(text, o)) {
      first = o;
    }
    int last = close;
    for (int c = nextMember(text, last); c >= 0; c = nextMember(text, c)) {
      last = c;
    }
    if (first == open && last == close) {
      return false; // no '|' on either side: a plain string
    }
    int from = first;
    int to = last;
    return all.stream()
            .filter(o -> o.start() > from && o.end() <= to)
            .map(o -> o.model().key())
            .distinct()
            .count()
        >= many;
  }

  /** The opening quote of the literal before {@code | } at {@code open}, or -1. */
  private static int previousMember(String text, int open) {
    int bar = TextScan.skipWhiteBack(text, open) - 1;
    if (bar < 0 || text.charAt(bar) != '|') {
      return -1;
    }
    int end = TextScan.skipWhiteBack(text, bar) - 1; // the closing quote of the member before
    if (end < 0 || !ModelTables.isQuote(text.charAt(end))) {
      return -1;
    }
    int start = text.lastIndexOf(text.charAt(end), end - 1);
    int lineStart = TextScan.lineStart(text, end);
    return start >= lineStart ? start : -1;
  }

  /** The closing quote of the literal after {@code |} following {@code close}, or -1. */
  private static int nextMember(String text, int close) {
    int bar = TextScan.skipWhite(text, close + 1);
    if (bar >= text.length() || text.charAt(bar) != '|') {
      return -1;
    }
    int start = TextScan.skipWhite(text, bar + 1);
    if (start >= text.length() || !ModelTables.isQuote(text.charAt(start))) {
      return -1;
    }
    int end = text.indexOf(text.charAt(start), start + 1);
    return end > 0 && end < TextScan.lineEnd(text, start) ? end : -1;
  }
}
