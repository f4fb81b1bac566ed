package dev.claudemigrate.engine.requests;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The initialisers of names in one file ({@code MODEL_ID = "..."}, {@code const TOOLS = [...]},
 * {@code static final String ID = ...}, {@code const val X = ...}, Go {@code x := ...}), found in
 * code outside strings and comments. A name stands for its initialiser only when the file assigns
 * it exactly once; anything else is built at run time as far as a static reading goes.
 */
public final class Constants {
  private final SourceFile file;
  private final Map<String, Optional<int[]>> cache = new HashMap<>();

  public Constants(SourceFile file) {
    this.file = file;
  }

  /** The {@code [start, end)} of the one initialiser of {@code name}, or empty. */
  public Optional<int[]> definition(String name) {
    return cache.computeIfAbsent(name, this::find);
  }

  private Optional<int[]> find(String name) {
    String text = file.text();
    Pattern p =
        Pattern.compile(
            "(?<![\\w.$])" + Pattern.quote(name) + "\\s*(?::=|(?::[^=\\n;(){}]{0,80}?)?=(?![=>]))");
    Matcher m = p.matcher(text);
    List<int[]> found = new ArrayList<>();
    while (m.find()) {
      if (file.contextAt(m.start()) != Context.CODE || keywordArgument(text, m.start())) {
        continue;
      }
      int start = m.end();
      while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
        start++;
      }
      found.add(new int[] {start, trimEnd(text, start, Spans.expressionEnd(text, start))});
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** {@code f(name=...)} and {@code f(a, name = ...)} pass an argument; they define nothing. */
  private static boolean keywordArgument(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == '(' || text.charAt(i) == ',');
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
