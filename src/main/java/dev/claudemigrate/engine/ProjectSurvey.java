package dev.claudemigrate.engine;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.engine.rule.ProjectFacts;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rules.modelid.HeldKeys;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one file of the project says about others, gathered before any file is checked: the model
 * IDs it holds as keys of a table of its own ({@link HeldKeys}, docs/adr/0113) and the tool
 * families it implements in several versions ({@link ProjectToolVersions}, docs/adr/0115). Only the
 * files the prefilter kept (a trigger of some rule), that are not prose and whose bytes may say
 * something of the kind (an enum, a line naming two models, a dated tool name) are decoded, each on
 * the scan's workers; the results are merged by path, so the same file is named for a key run after
 * run.
 */
final class ProjectSurvey {
  /** A name-to-ID map names a model twice on one line. */
  private static final byte[] CLAUDE = "claude".getBytes(StandardCharsets.US_ASCII);

  private ProjectSurvey() {}

  /** One file's part, and the file as decoded for it (the check reads it again). */
  private record Part(
      String path, Map<String, Integer> held, Set<ToolFamily> several, SourceFile source) {}

  /**
   * What the survey found, and the files it decoded on the way, by the probes' index (null where it
   * decoded none): the check uses them rather than decode and read them again.
   */
  record Survey(ProjectFacts facts, List<SourceFile> decoded) {}

  static Survey of(FileScan.Probe[] probes, FileScan work, RuleContext probeCtx, Workers workers) {
    Part[] parts = new Part[probes.length];
    workers.forEach(probes.length, i -> parts[i] = part(probes[i], work, probeCtx));
    Map<String, String> held = new TreeMap<>();
    Set<ToolFamily> several = EnumSet.noneOf(ToolFamily.class);
    // By path: the walk's threads add files in no fixed order, and the report must not vary.
    Arrays.stream(parts)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing(Part::path))
        .forEach(
            p -> {
              p.held().forEach((id, line) -> held.putIfAbsent(id, p.path() + ":" + line));
              several.addAll(p.several());
            });
    Catalog catalog = probeCtx.catalog();
    // Settable, so that the check can let go of each file once it is done with it.
    List<SourceFile> decoded = Arrays.asList(new SourceFile[probes.length]);
    for (int i = 0; i < parts.length; i++) {
      decoded.set(i, parts[i] == null ? null : parts[i].source());
    }
    return new Survey(
        new ProjectFacts(
            ProjectRegion.of(probes, catalog), ProjectTools.computerOrBash(probes), held, several),
        decoded);
  }

  private static Part part(FileScan.Probe p, FileScan work, RuleContext ctx) {
    Language language = p.file().language();
    if (!p.needsCheck() || ProjectTools.prose(language)) {
      return null;
    }
    byte[] bytes = p.bytes();
    // An enum may hold keys; a name-to-ID map names a model twice on one line.
    boolean keys = p.hit().has(Prefilter.Word.ENUM) || Bytes.lineWithTwo(bytes, CLAUDE);
    boolean tools = p.hit().has(Prefilter.Word.DATED);
    if (!keys && !tools) {
      return null; // no enum, no line naming two models, no dated tool type: nothing to say
    }
    try {
      SourceFile file = work.source(p);
      return new Part(
          p.file().path(),
          keys ? HeldKeys.of(file, ctx.catalog()) : Map.of(),
          tools ? ProjectToolVersions.of(file, ctx) : Set.of(),
          file);
    } catch (CharacterCodingException | RuntimeException | StackOverflowError e) {
      return null; // the check reads the file again and reports what is wrong with it
    }
  }
}
