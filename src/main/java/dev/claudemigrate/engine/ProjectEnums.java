package dev.claudemigrate.engine;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.rules.modelid.EnumMembers;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFiles;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Model IDs the project holds as values of an enum named for its models, each with where the enum
 * member stands (docs/adr/0113). Holdout16's first run: a client sent {@code
 * "anthropic.claude-3-5-sonnet-20240620-v1:0"} as the key of such an enum defined in another
 * folder; the key was rewritten and the service's enum then rejected it. Only files that may hold
 * an enum are read again (their bytes hold "num"), as Latin-1 like the region probe: IDs are ASCII
 * and lines stay where they are.
 */
final class ProjectEnums {
  private static final byte[] NUM = "num".getBytes(StandardCharsets.US_ASCII);

  private ProjectEnums() {}

  /** Each held ID with {@code path:line} of its enum member, from the probes that are checked. */
  static Map<String, String> of(FileScan.Probe[] probes, Catalog catalog) {
    Map<String, String> held = new TreeMap<>();
    for (FileScan.Probe p : probes) {
      Language language = p.file().language();
      if (!p.needsCheck()
          || language == Language.MARKDOWN
          || language == Language.PROSE
          || language == Language.TEXT
          || !contains(p.bytes(), NUM)) {
        continue;
      }
      String text = new String(p.bytes(), StandardCharsets.ISO_8859_1);
      EnumMembers.held(SourceFiles.fromText(p.file().path(), text), catalog)
          .forEach((id, line) -> held.putIfAbsent(id, p.file().path() + ":" + line));
    }
    return held;
  }

  static boolean contains(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int k = 0; k < part.length; k++) {
        if (bytes[i + k] != part[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
