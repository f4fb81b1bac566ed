package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.Decoder;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.Languages;
import dev.claudemigrate.engine.source.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Files of a small project on disk, for rules that read the project around a file (the SDK version
 * a build file pins decides which constant a rewrite may use).
 */
final class ProjectFiles {
  private ProjectFiles() {}

  /** Writes {@code text} at {@code rel} under {@code root}. */
  static void write(Path root, String rel, String text) throws IOException {
    Files.createDirectories(root.resolve(rel).getParent());
    Files.writeString(root.resolve(rel), text);
  }

  /** Writes the file, then runs the model-id rule on it as a scan would. */
  static List<Finding> check(Path root, String rel, String text, RuleContext ctx)
      throws IOException {
    write(root, rel, text);
    Language lang = Languages.detect(rel).orElseThrow();
    return new ModelIdRule()
        .check(
            SourceFiles.of(
                root.resolve(rel),
                rel,
                lang,
                Decoder.decode(text.getBytes(StandardCharsets.UTF_8))),
            ctx);
  }
}
