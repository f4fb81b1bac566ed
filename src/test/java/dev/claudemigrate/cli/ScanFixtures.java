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
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Fake rules and scan results for CLI tests of the scan command through its scanner seam. */
final class ScanFixtures {
  static final String OLD = "anthropic.claude-3-5-sonnet-20241022-v2:0";
  static final RuleInfo MODEL_ID = info("model-id", Category.MODEL_ID, Severity.ERROR);
  static final RuleInfo BETA = info("beta-header", Category.BETA, Severity.WARNING);

  private ScanFixtures() {}

  static RuleInfo info(String id, Category c, Severity s) {
    return new RuleInfo(id, c, s, true, id + " message", id + " explanation", null);
  }

  /** A rule that only carries its info; the fake scanner decides the findings. */
  record InfoRule(RuleInfo info) implements Rule {
    @Override
    public List<String> triggers(RuleContext ctx) {
      return List.of();
    }

    @Override
    public List<Finding> check(SourceFile file, RuleContext ctx) {
      return List.of();
    }
  }

  static List<Rule> rules() {
    return List.of(new InfoRule(MODEL_ID), new InfoRule(BETA));
  }

  static Clock clock(String date) {
    return Clock.fixed(
        LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  /** A scanner that records the request and answers with one finding per severity given. */
  static final class FakeScanner implements Function<ScanRequest, MigrationResult> {
    final List<ScanRequest> requests = new ArrayList<>();
    private final List<Severity> severities;
    private final List<FileError> errors;

    FakeScanner(List<Severity> severities, List<FileError> errors) {
      this.severities = severities;
      this.errors = errors;
    }

    @Override
    public MigrationResult apply(ScanRequest request) {
      requests.add(request);
      String text = "MODEL = \"" + OLD + "\"\n";
      SourceFile f = SourceFiles.fromText("app.py", text);
      List<Finding> findings = new ArrayList<>();
      for (Severity s : severities) {
        RuleInfo rule = s == Severity.WARNING ? BETA : MODEL_ID;
        findings.add(
            Findings.at(
                rule,
                s,
                f,
                9,
                9 + OLD.length(),
                "retired " + s.id(),
                "new-id",
                List.of(new Edit(9, 9 + OLD.length(), "new-id"))));
      }
      List<FileReport> files =
          findings.isEmpty() ? List.of() : List.of(new FileReport(f, findings));
      return new MigrationResult(
          request.root(),
          request.target().name(),
          files,
          errors,
          List.of(),
          List.of(),
          new ScanStats(1, 1, 1, text.length(), 1));
    }
  }
}
