package dev.claudemigrate.cli;

import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.FileError;
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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A scanner seam for apply's own tests: it really walks and decodes the files under the root
 * (skipping .git), and finds three things with fixed rules, so that apply's planning, writing,
 * validation and reporting are tested end to end over real files independently of the built-in
 * rules (which GoldenApplyTest covers on the samples), and a second run sees the rewritten text.
 *
 * <ul>
 *   <li>{@code model-id}: the 3.5 Sonnet v2 base ID, rewritten to the Sonnet 4 US profile ID (an ID
 *       that already has the {@code us.} prefix keeps it);
 *   <li>{@code breaker}: the text {@code BREAK('x')}, "rewritten" to {@code BREAK('x'} (invalid
 *       code);
 *   <li>{@code prompt-style}: "think step by step", report only.
 * </ul>
 */
final class FakeScan implements Function<ScanRequest, MigrationResult> {
  static final String OLD_ID = "anthropic.claude-3-5-sonnet-20241022-v2:0";
  static final String NEW_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0";

  private static RuleInfo rule(String id, boolean fixable) {
    return new RuleInfo(
        id, Category.MODEL_ID, Severity.WARNING, fixable, id, "", "https://example.invalid");
  }

  @Override
  public MigrationResult apply(ScanRequest request) {
    Path root = request.root();
    List<FileReport> files = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        Optional<Language> lang = Languages.detect(rel);
        if (rel.startsWith(".git/") || lang.isEmpty()) {
          continue;
        }
        try {
          SourceFile f = SourceFiles.of(p, rel, lang.get(), Decoder.decode(Files.readAllBytes(p)));
          List<Finding> found = check(f);
          if (!found.isEmpty()) {
            files.add(new FileReport(f, found));
          }
        } catch (IOException e) {
          errors.add(new FileError(rel, "cannot read: " + e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MigrationResult(
        root,
        request.target().name(),
        files,
        errors,
        List.of(),
        List.of(),
        new ScanStats(0, 0, 0, 0, 0));
  }

  private static List<Finding> check(SourceFile f) {
    List<Finding> out = new ArrayList<>();
    find(
        f,
        OLD_ID,
        (at, end) -> {
          String replacement =
              f.text().startsWith("us.", Math.max(0, at - 3)) ? NEW_ID.substring(3) : NEW_ID;
          return Findings.at(
              rule("model-id", true),
              f,
              at,
              end,
              "retired model ID",
              "use " + replacement,
              List.of(new Edit(at, end, replacement)));
        },
        out);
    find(
        f,
        "BREAK('x')",
        (at, end) ->
            Findings.at(
                rule("breaker", true),
                f,
                at,
                end,
                "breaks the file",
                "do not",
                List.of(Edit.delete(end - 1, end))),
        out);
    find(
        f,
        "think step by step",
        (at, end) ->
            Findings.at(
                rule("prompt-style", false),
                f,
                at,
                end,
                "chain-of-thought wording",
                "review the prompt for Claude 4",
                List.of()),
        out);
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  private interface Maker {
    Finding make(int start, int end);
  }

  private static void find(SourceFile f, String needle, Maker maker, List<Finding> out) {
    for (int at = f.text().indexOf(needle); at >= 0; at = f.text().indexOf(needle, at + 1)) {
      out.add(maker.make(at, at + needle.length()));
    }
  }
}
