package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.source.Decoder;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a scan result into an {@link ApplyPlan} without touching the disk: per file it resolves
 * overlapping edits ({@link EditResolver}), applies the accepted ones to the decoded text, and
 * keeps the rewrite only if the file stays well-formed ({@link RewriteValidator}).
 */
public final class ApplyPlanner {

  /** Plans the rewrite of every file in {@code result}. */
  public ApplyPlan plan(MigrationResult result) {
    List<FileChange> changes = new ArrayList<>();
    List<Finding> manual = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    List<FileError> errors = new ArrayList<>(result.errors());
    for (FileReport file : result.files()) {
      List<Finding> reportOnly = file.findings().stream().filter(f -> !f.fixable()).toList();
      EditResolver.Resolution r =
          EditResolver.resolve(file.findings(), file.source().text().length());
      conflicts.addAll(r.conflicts());
      SourceFile source = file.source();
      String newText =
          r.accepted().isEmpty()
              ? source.text()
              : applyEdits(source.text(), r.edits(), source.format().lineSeparator());
      if (newText.equals(source.text())) {
        manual.addAll(reportOnly);
        continue;
      }
      Optional<String> problem = problem(source, newText);
      if (problem.isPresent()) {
        manual.addAll(reportOnly);
        errors.add(new FileError(source.path(), problem.get() + "; left unchanged"));
        r.accepted()
            .forEach(
                f ->
                    manual.add(
                        f.withoutEdits("not rewritten because " + problem.get() + "; " + f.fix())));
      } else {
        // A report-only finding inside the text an applied edit replaces (a tool name changed with
        // its type, a line in a removed branch) is done by that edit: it is not left for a person.
        reportOnly.stream().filter(f -> !coveredBy(f, r.edits())).forEach(manual::add);
        changes.add(new FileChange(source, newText, r.accepted()));
      }
    }
    return new ApplyPlan(result.root(), result.target(), changes, manual, conflicts, errors);
  }

  /**
   * Whether one edit replaces all of the finding's text. Containment, not overlap: a finding that
   * spans a whole block (a stop-reason switch) is not done because a model ID inside it changed.
   */
  static boolean coveredBy(Finding f, List<Edit> edits) {
    int start = f.span().start();
    int end = f.span().end();
    for (Edit e : edits) {
      if (e.start() < e.end() && e.start() <= start && end <= e.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies non-overlapping edits sorted by position. A replacement that holds line breaks gets the
   * file's own separator, so a rewrite never mixes CRLF and LF in one file.
   */
  static String applyEdits(String text, List<Edit> edits, String lineSeparator) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    int pos = 0;
    for (Edit e : edits) {
      out.append(text, pos, e.start()).append(withSeparator(e.replacement(), lineSeparator));
      pos = e.end();
    }
    return out.append(text, pos, text.length()).toString();
  }

  private static String withSeparator(String replacement, String lineSeparator) {
    if (replacement.indexOf('\n') < 0) {
      return replacement;
    }
    String lf = replacement.replace("\r\n", "\n");
    return "\n".equals(lineSeparator) ? lf : lf.replace("\n", lineSeparator);
  }

  private static Optional<String> problem(SourceFile source, String newText) {
    Optional<String> invalid = RewriteValidator.problem(source, newText);
    if (invalid.isPresent()) {
      return invalid;
    }
    try {
      Decoder.encode(newText, source.format());
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("the rewritten text cannot be encoded in " + source.format().charset());
    }
  }
}
