package dev.claudemigrate.engine.rules.modelid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small check that a Go file still uses every package it imports: Go refuses to compile a file
 * with an unused import, so a rewrite that removes a package's last use breaks the build.
 */
final class GoImports {
  private static final Pattern IMPORT_BLOCK = Pattern.compile("(?s)\\bimport\\s*\\((.*?)\\)");
  private static final Pattern SINGLE_IMPORT =
      Pattern.compile("(?m)^import\\s+((?:[A-Za-z_][A-Za-z0-9_]*|\\.)\\s+)?\"([^\"]+)\"");
  private static final Pattern SPEC =
      Pattern.compile("(?m)^\\s*((?:[A-Za-z_][A-Za-z0-9_]*|\\.)\\s+)?\"([^\"]+)\"");

  private GoImports() {}

  /** The names of the imported packages that nothing outside the imports refers to. */
  static List<String> unused(String go) {
    List<String[]> specs = new ArrayList<>();
    StringBuilder rest = new StringBuilder(go);
    Matcher block = IMPORT_BLOCK.matcher(go);
    while (block.find()) {
      Matcher s = SPEC.matcher(block.group(1));
      while (s.find()) {
        specs.add(new String[] {s.group(1), s.group(2)});
      }
      blank(rest, block.start(), block.end());
    }
    Matcher single = SINGLE_IMPORT.matcher(go);
    while (single.find()) {
      specs.add(new String[] {single.group(1), single.group(2)});
      blank(rest, single.start(), single.end());
    }
    List<String> out = new ArrayList<>();
    for (String[] spec : specs) {
      String name = spec[0] == null ? defaultName(spec[1]) : spec[0].strip();
      if (name.equals("_") || name.equals(".")) {
        continue; // imported for its side effects, or into the file's own scope
      }
      if (!Pattern.compile("\\b" + Pattern.quote(name) + "\\.").matcher(rest).find()) {
        out.add(name);
      }
    }
    return out;
  }

  /** The name an import without its own gives: the last path element (the SDK: anthropic). */
  private static String defaultName(String path) {
    String last = path.substring(path.lastIndexOf('/') + 1);
    return path.equals("github.com/anthropics/anthropic-sdk-go") ? "anthropic" : last;
  }

  private static void blank(StringBuilder sb, int start, int end) {
    for (int i = start; i < end; i++) {
      sb.setCharAt(i, ' ');
    }
  }
}
