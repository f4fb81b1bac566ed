package dev.claudemigrate.engine.source;

/** Builds the context map of a file by its language, lexically (no parse). */
public final class ContextMaps {
  private ContextMaps() {}

  /** The context map for {@code file}. */
  public static ContextMap of(SourceFile file) {
    return switch (file.language()) {
      case PYTHON, JAVA, JAVASCRIPT, TYPESCRIPT, GO, KOTLIN, RUST, CSHARP -> code(file);
      case JSON ->
          DataContexts.isRecordFile(file.path(), file.text())
              ? offset -> Context.DATA
              : DataContexts.json(file.text());
      case YAML -> DataContexts.yaml(file.text());
      case DOTENV -> hashComments(file.text(), false, Context.CONFIG_VALUE);
      case PROPERTIES ->
          Languages.isIni(file.path())
              ? iniComments(file.text())
              : hashComments(file.text(), true, Context.CONFIG_VALUE);
      case OTHER_CODE -> LexicalCode.of(file.path(), file.text());
      case MARKUP -> Markup.of(file.path(), file.text());
      case TOML -> hashComments(file.text(), false, Context.CONFIG_VALUE);
      case TERRAFORM -> terraform(file.text());
      case MARKDOWN -> markdown(file.text());
      case NOTEBOOK -> NotebookContexts.of(file.text());
      case SHELL ->
          Languages.isPowerShell(file.path())
              ? powerShell(file.text())
              : hashComments(file.text(), false, Context.CONFIG_VALUE);
      case PROSE -> offset -> Context.DOCUMENTATION;
      case TEXT -> offset -> Context.CONFIG_VALUE;
    };
  }

  /**
   * Code: a lexical pass over the text (ADR 0060), never a parse, so that a file whose rules only
   * ask where a match stands is not parsed, and the answer does not depend on which rule ran first.
   */
  private static ContextMap code(SourceFile file) {
    return CodeLexer.of(file.language(), file.text());
  }

  /**
   * '#' comments that start a line or follow white space outside quotes (YAML, .env); with {@code
   * properties}, only whole-line '#' and '!' comments, as java.util.Properties reads them.
   */
  static ContextMap hashComments(String text, boolean properties, Context fallback) {
    RangeContextMap.Builder b = RangeContextMap.builder(fallback);
    LineIndex li = new LineIndex(text);
    for (int line = 1; line <= li.lineCount(); line++) {
      int start = li.lineStart(line);
      int end = li.lineEnd(line, text);
      int c = commentStart(text, start, end, properties);
      if (c >= 0) {
        b.add(c, end, Context.COMMENT);
      }
    }
    return b.build();
  }

  /**
   * INI files and HOCON: whole-line comments opened by '#', ';' or '//' (HOCON, Akka and Play's
   * application.conf); the rest values.
   */
  static ContextMap iniComments(String text) {
    RangeContextMap.Builder b = RangeContextMap.builder(Context.CONFIG_VALUE);
    LineIndex li = new LineIndex(text);
    for (int line = 1; line <= li.lineCount(); line++) {
      int start = li.lineStart(line);
      int end = li.lineEnd(line, text);
      String t = text.substring(start, end).stripLeading();
      if (t.startsWith("#") || t.startsWith(";") || t.startsWith("//")) {
        b.add(end - t.length(), end, Context.COMMENT);
      }
    }
    return b.build();
  }

  /**
   * PowerShell: '#' comments as in a shell script, and block comments {@code <# ... #>} (help
   * blocks of scripts and functions), which may span lines.
   */
  static ContextMap powerShell(String text) {
    RangeContextMap.Builder b = RangeContextMap.builder(Context.CONFIG_VALUE);
    LineIndex li = new LineIndex(text);
    int pos = 0;
    int open = text.indexOf("<#"); // the next block opener at or after pos, searched once each
    for (int line = 1; line <= li.lineCount(); line++) {
      int end = li.lineEnd(line, text);
      pos = Math.max(pos, li.lineStart(line));
      while (pos < end) {
        if (open >= 0 && open < pos) {
          open = text.indexOf("<#", pos);
        }
        int c = commentStart(text, pos, end, false);
        if (open >= 0 && open < end && (c < 0 || open < c)) {
          int close = text.indexOf("#>", open + 2);
          pos = close < 0 ? text.length() : close + 2;
          b.add(open, pos, Context.COMMENT);
        } else {
          b.add(c < 0 ? end : c, end, Context.COMMENT);
          pos = end;
        }
      }
    }
    return b.build();
  }

  private static int commentStart(String text, int start, int end, boolean properties) {
    int i = start;
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < end && (text.charAt(i) == '#' || (properties && text.charAt(i) == '!'))) {
      return i;
    }
    if (properties) {
      return -1;
    }
    char quote = 0;
    for (int k = i; k < end; k++) {
      char ch = text.charAt(k);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '#' && k > start && Character.isWhitespace(text.charAt(k - 1))) {
        return k;
      }
    }
    return -1;
  }

  private static ContextMap terraform(String text) {
    RangeContextMap.Builder b = RangeContextMap.builder(Context.CONFIG_VALUE);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        i = skipString(text, i + 1);
      } else if (c == '#' || (c == '/' && i + 1 < n && text.charAt(i + 1) == '/')) {
        int e = text.indexOf('\n', i);
        e = e < 0 ? n : e;
        b.add(i, e, Context.COMMENT);
        i = e;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int e = text.indexOf("*/", i + 2);
        e = e < 0 ? n : e + 2;
        b.add(i, e, Context.COMMENT);
        i = e;
      } else {
        i++;
      }
    }
    return b.build();
  }

  private static int skipString(String text, int i) {
    while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  /** Markdown: prose is documentation, HTML comments are comments. */
  private static ContextMap markdown(String text) {
    RangeContextMap.Builder b = RangeContextMap.builder(Context.DOCUMENTATION);
    int i = text.indexOf("<!--");
    while (i >= 0) {
      int e = text.indexOf("-->", i + 4);
      e = e < 0 ? text.length() : e + 3;
      b.add(i, e, Context.COMMENT);
      i = text.indexOf("<!--", e);
    }
    return b.build();
  }
}
