package dev.claudemigrate.engine;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Suppression;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code claude-migrate: ignore[rule-a,rule-b] reason} markers from a file's comments. A
 * marker suppresses findings of the named rules ({@code *}: all) on its own line and the next. JSON
 * and plain-text files have no comment syntax, so there a marker counts anywhere.
 */
final class InlineSuppressions {
  /** The literal every marker starts with; the prefilter looks for it in the raw bytes. */
  static final String MARKER = "claude-migrate:";

  private static final Pattern PATTERN =
      Pattern.compile("claude-migrate:[ \\t]*ignore\\[([^\\]\\r\\n]*)\\][ \\t]*([^\\r\\n]*)");
  private static final Pattern TRAILER = Pattern.compile("\\s*(?:-->|\\*/|#\\}|%>)?\\s*$");

  private InlineSuppressions() {}

  /** The suppressions written in {@code file}, one per rule id, in file order. */
  static List<Suppression> of(SourceFile file) {
    String text = file.text();
    List<Suppression> out = new ArrayList<>();
    if (!text.contains(MARKER)) {
      return out;
    }
    Matcher m = PATTERN.matcher(text);
    while (m.find()) {
      if (!inComment(file, m.start())) {
        continue;
      }
      int line = file.lines().line(m.start());
      String reason = TRAILER.matcher(m.group(2)).replaceFirst("").trim();
      for (String id : m.group(1).split(",")) {
        if (!id.isBlank()) {
          out.add(new Suppression(file.path(), line, id.trim(), reason, "inline"));
        }
      }
    }
    return out;
  }

  private static boolean inComment(SourceFile file, int offset) {
    Language lang = file.language();
    return lang == Language.JSON
        || lang == Language.TEXT
        || file.contextAt(offset) == Context.COMMENT;
  }

  /**
   * Whether a suppression written at {@code s.line()} covers a finding starting on {@code line}.
   */
  static boolean covers(Suppression s, Finding f) {
    int line = f.span().line();
    return (s.line() == line || s.line() == line - 1)
        && (s.ruleId().equals("*") || s.ruleId().equals(f.ruleId()));
  }
}
