package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model IDs a file holds as values of an enum whose members are named for their models (the
 * scanner gathers them over the project before any file is checked, docs/adr/0113). The enum is
 * reported, never rewritten (ADR 0110), so its values stay what the code accepts: the same ID sent
 * from another file is a key of that enum, and rewriting it alone makes a request the enum rejects.
 */
public final class EnumMembers {
  private EnumMembers() {}

  /** Each ID held by a member of a named enum in {@code file}, with the line of its first. */
  public static Map<String, Integer> held(SourceFile file, Catalog catalog) {
    List<IdMatch> all = catalog.findIds(file.text());
    Map<String, Integer> out = new LinkedHashMap<>();
    for (IdMatch m : all) {
      if (!m.bogus() && NamedEnumMembers.inNamedEnum(file, m, all)) {
        out.putIfAbsent(m.text(), file.lines().line(m.start()));
      }
    }
    return out;
  }
}
