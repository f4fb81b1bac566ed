package dev.claudemigrate.engine;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.files.Encodings;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rules.BuiltinRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small project on disk, scanned as a user would, for facts one file states about another. */
final class ProjectDir {
  private static final Catalog CATALOG = Catalog.builtin();
  private final Path root;

  ProjectDir(Path root) {
    this.root = root;
  }

  void write(String rel, String text) throws IOException {
    Files.createDirectories(root.resolve(rel).getParent());
    Files.writeString(root.resolve(rel), text);
  }

  /**
   * The findings of {@code ruleId} in {@code path}, from a scan of the whole folder to Sonnet 4.6.
   */
  List<Finding> findings(String path, String ruleId) {
    return findings(path, ruleId, Encodings.UTF_8);
  }

  /** The same, the files read in {@code encodings} ({@code --encoding}). */
  List<Finding> findings(String path, String ruleId, Encodings encodings) {
    ScanRequest d = ScanRequest.defaults(root, CATALOG, CATALOG.target("sonnet-4.6").orElseThrow());
    ScanRequest request =
        new ScanRequest(
            d.root(),
            d.includes(),
            d.excludes(),
            d.useIgnoreFiles(),
            d.enabledRules(),
            d.disabledRules(),
            d.severities(),
            d.ignores(),
            d.settings(),
            d.catalog(),
            d.target(),
            d.threads(),
            d.maxFileSize(),
            encodings);
    return new Scanner(BuiltinRules.all())
        .scan(request).findings().stream()
            .filter(f -> f.path().equals(path) && f.ruleId().equals(ruleId))
            .toList();
  }
}
