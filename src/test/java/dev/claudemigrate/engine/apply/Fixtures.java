package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.ScanStats;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.source.Decoder;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.Languages;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hand-made sources, findings and scan results for apply tests, independent of the real rules. */
final class Fixtures {
  static final String OLD_ID = "anthropic.claude-3-5-sonnet-20241022-v2:0";
  static final String NEW_ID = "anthropic.claude-sonnet-4-20250514-v1:0";

  private Fixtures() {}

  static RuleInfo rule(String id) {
    return new RuleInfo(
        id,
        Category.MODEL_ID,
        Severity.WARNING,
        true,
        id + " message",
        "",
        "https://example.invalid");
  }

  /**
   * A finding of {@code ruleId} that replaces the first {@code needle} (after {@code from}) with
   * {@code replacement}.
   */
  static Finding replace(SourceFile f, String ruleId, String needle, String replacement) {
    int at = f.text().indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException(needle + " not in " + f.path());
    }
    return edit(f, ruleId, at, at + needle.length(), replacement);
  }

  static Finding edit(SourceFile f, String ruleId, int start, int end, String replacement) {
    return Findings.at(
        rule(ruleId),
        f,
        start,
        end,
        "replace it",
        "use " + replacement,
        List.of(new Edit(start, end, replacement)));
  }

  /** A report-only finding at the first {@code needle}. */
  static Finding manual(SourceFile f, String ruleId, String needle, String fix) {
    int at = f.text().indexOf(needle);
    return Findings.at(rule(ruleId), f, at, at + needle.length(), "look at this", fix, List.of());
  }

  /** Every occurrence of OLD_ID in the file, replaced by NEW_ID. */
  static List<Finding> modelIds(SourceFile f) {
    List<Finding> out = new ArrayList<>();
    for (int at = f.text().indexOf(OLD_ID); at >= 0; at = f.text().indexOf(OLD_ID, at + 1)) {
      out.add(edit(f, "model-id", at, at + OLD_ID.length(), NEW_ID));
    }
    return out;
  }

  static MigrationResult result(Path root, List<FileReport> files) {
    return new MigrationResult(
        root, "sonnet-4", files, List.of(), List.of(), List.of(), new ScanStats(0, 0, 0, 0, 0));
  }

  /** The file at {@code rel} under {@code root}, read and decoded like the scanner does. */
  static SourceFile read(Path root, String rel) {
    try {
      Path abs = root.resolve(rel);
      Decoder.Decoded d = Decoder.decode(Files.readAllBytes(abs));
      return SourceFiles.of(abs, rel, Languages.detect(rel).orElse(Language.TEXT), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
