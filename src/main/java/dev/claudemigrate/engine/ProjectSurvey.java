package dev.claudemigrate.engine;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The project's files that are checked and are not prose, read once more before the check to gather
 * what one file says about another ({@link ProjectKeys}, {@link ProjectToolVersions}). Read as
 * Latin-1, like the region probe: model IDs and tool types are ASCII, and lines stay where they
 * are. Only the files the prefilter kept (a trigger of some rule) are read.
 */
final class ProjectSurvey {
  private final List<SourceFile> files = new ArrayList<>();

  ProjectSurvey(FileScan.Probe[] probes) {
    for (FileScan.Probe p : probes) {
      Language language = p.file().language();
      if (p.needsCheck()
          && language != Language.MARKDOWN
          && language != Language.PROSE
          && language != Language.TEXT) {
        String text = new String(p.bytes(), StandardCharsets.ISO_8859_1);
        files.add(SourceFiles.fromText(p.file().path(), text));
      }
    }
  }

  /** Calls {@code each} with the path and the text of every file surveyed. */
  void code(BiConsumer<String, SourceFile> each) {
    files.forEach(f -> each.accept(f.path(), f));
  }
}
