package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The findings of one file gathered by kind, so that a report says "this, 87 times, at lines 3, 7,
 * 12 and 84 more" instead of 87 near-identical entries. A kind is one rule, severity, message, fix
 * and tags; findings in data records (a RAG corpus, an eval set) are one kind per rule and severity
 * whatever their messages, since a data set that quotes ten models is still one thing to look at.
 */
final class FindingGroups {
  /** This many findings of one kind in a file are shown as one line. */
  static final int COLLAPSE_AT = 3;

  /** Data records collapse sooner: two quotes in a data set already read as noise. */
  static final int COLLAPSE_DATA_AT = 2;

  /** Line numbers listed before "and N more". */
  static final int LINES_SHOWN = 5;

  private FindingGroups() {}

  /**
   * One kind of finding in one file, in the order of its first occurrence.
   *
   * @param findings the findings, in file order; never empty
   * @param data whether they stand in data records
   */
  record Group(List<Finding> findings, boolean data) {
    Group {
      findings = List.copyOf(findings);
    }

    Finding first() {
      return findings.get(0);
    }

    int size() {
      return findings.size();
    }

    Severity severity() {
      return first().severity();
    }

    /** Whether the group is shown as one line rather than one entry per finding. */
    boolean collapsed() {
      return size() >= (data ? COLLAPSE_DATA_AT : COLLAPSE_AT);
    }

    /** The distinct lines, in order. */
    List<Integer> lines() {
      return findings.stream().map(f -> f.span().line()).distinct().toList();
    }

    /** How many different messages a data group holds (1 for any other group). */
    int messages() {
      return (int) findings.stream().map(Finding::message).distinct().count();
    }

    /** {@code "lines 3, 7, 12, 19, 25 and 82 more"}. */
    String lineList() {
      return lineList(String::valueOf);
    }

    /** The line list with each shown line number written by {@code format} (a link, say). */
    String lineList(IntFunction<String> format) {
      List<Integer> lines = lines();
      // "and 1 more" would take the room of the one line it hides.
      int limit = lines.size() == LINES_SHOWN + 1 ? lines.size() : LINES_SHOWN;
      String shown =
          lines.stream().limit(limit).map(format::apply).collect(Collectors.joining(", "));
      int rest = lines.size() - limit;
      return (lines.size() == 1 ? "line " : "lines ")
          + shown
          + (rest > 0 ? " and " + rest + " more" : "");
    }
  }

  /** The findings of a file, grouped by kind. */
  static List<Group> of(List<Finding> findings) {
    Map<List<Object>, List<Finding>> byKind = new LinkedHashMap<>();
    for (Finding f : findings) {
      byKind.computeIfAbsent(kind(f), k -> new ArrayList<>()).add(f);
    }
    return byKind.entrySet().stream()
        .map(e -> new Group(e.getValue(), Context.DATA.equals(e.getKey().get(0))))
        .toList();
  }

  private static List<Object> kind(Finding f) {
    if (f.context() == Context.DATA) {
      return List.of(Context.DATA, f.ruleId(), f.severity(), f.test());
    }
    return List.of(
        TextReport.tags(f),
        f.ruleId(),
        f.severity(),
        f.message(),
        String.valueOf(f.fix()),
        f.fixable(),
        f.test());
  }
}
