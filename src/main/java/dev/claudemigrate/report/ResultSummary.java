package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts every format ends with: findings per severity and per rule, files, and how many {@code
 * migrate apply} can fix.
 *
 * @param total number of findings
 * @param bySeverity findings per severity
 * @param files files with findings
 * @param fixable findings with edits
 * @param byRule counts per rule id, sorted by id
 */
record ResultSummary(
    int total,
    Map<Severity, Integer> bySeverity,
    int files,
    int fixable,
    Map<String, RuleCount> byRule) {

  /** Counts of one rule's findings. */
  record RuleCount(int total, int errors, int warnings, int info, int fixable) {
    RuleCount add(Finding f) {
      return new RuleCount(
          total + 1,
          errors + (f.severity() == Severity.ERROR ? 1 : 0),
          warnings + (f.severity() == Severity.WARNING ? 1 : 0),
          info + (f.severity() == Severity.INFO ? 1 : 0),
          fixable + (f.fixable() ? 1 : 0));
    }
  }

  static ResultSummary of(MigrationResult result) {
    List<Finding> all = result.findings();
    Map<Severity, Integer> sev = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      sev.put(s, 0);
    }
    Map<String, RuleCount> rules = new TreeMap<>();
    for (Finding f : all) {
      sev.merge(f.severity(), 1, Integer::sum);
      rules.merge(f.ruleId(), new RuleCount(0, 0, 0, 0, 0).add(f), (a, b) -> a.add(f));
    }
    int fixable = (int) all.stream().filter(Finding::fixable).count();
    return new ResultSummary(
        all.size(),
        sev,
        (int) result.files().stream().filter(r -> !r.findings().isEmpty()).count(),
        fixable,
        rules);
  }

  int count(Severity s) {
    return bySeverity.get(s);
  }

  /** {@code N findings (E errors, W warnings, I info) in F files; K fixable by 'migrate apply'}. */
  String totalLine() {
    return plural(total, "finding")
        + " ("
        + plural(count(Severity.ERROR), "error")
        + ", "
        + plural(count(Severity.WARNING), "warning")
        + ", "
        + count(Severity.INFO)
        + " info) in "
        + plural(files, "file")
        + "; "
        + fixable
        + " fixable by 'migrate apply'";
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
