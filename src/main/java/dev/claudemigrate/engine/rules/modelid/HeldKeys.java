package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model IDs a file holds as keys of a table of the project's own (the scanner gathers them over
 * the project before any file is checked, docs/adr/0113): the value of an enum member named for its
 * model, two or more such members (ADR 0110), and the name side of a map from the name clients send
 * to the ID called for it ({@code "claude-sonnet-4-5": "us.anthropic.claude-sonnet-4-5-..."}). Both
 * are reported, never rewritten, so they stay what the code accepts: the same ID sent from another
 * file is a key of that table, and rewriting it alone makes a request the table does not resolve.
 */
public final class HeldKeys {
  private HeldKeys() {}

  /** Each ID {@code file} holds as such a key, with the line of its first. */
  public static Map<String, Integer> of(SourceFile file, Catalog catalog) {
    List<IdMatch> all = catalog.findIds(file.text());
    Map<String, Integer> out = new LinkedHashMap<>();
    for (IdMatch m : all) {
      if (!m.bogus()
          && (NamedEnumMembers.inNamedEnum(file, m, all) || ModelTables.aliasKey(file, m, all))) {
        out.putIfAbsent(m.text(), file.lines().line(m.start()));
      }
    }
    return out;
  }
}
