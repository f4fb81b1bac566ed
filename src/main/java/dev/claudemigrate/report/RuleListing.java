package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The output of {@code migrate rules}: every rule with its id, default severity, whether {@code
 * migrate apply} can fix it, what it looks for and where it is documented.
 */
public final class RuleListing {
  private final List<RuleInfo> rules;

  public RuleListing(List<RuleInfo> rules) {
    this.rules = List.copyOf(rules);
  }

  /** A table for people, wrapped to {@code width} columns. */
  public String text(int width) {
    int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(2);
    String indent = " ".repeat(idWidth + 2 + 8 + 2 + 7 + 2);
    List<String> out = new ArrayList<>();
    out.add(
        String.format("%-" + idWidth + "s  %-8s  %-7s  %s", "RULE", "SEVERITY", "FIXABLE", "WHAT"));
    for (RuleInfo r : rules) {
      String head =
          String.format(
              "%-" + idWidth + "s  %-8s  %-7s  ",
              r.id(),
              r.severity().id(),
              r.fixable() ? "yes" : "no");
      List<String> lines = Wrap.hanging(head, indent, r.message(), width);
      out.addAll(lines);
      if (r.docsUrl() != null) {
        out.add(indent + r.docsUrl());
      }
    }
    out.add("");
    out.addAll(
        Wrap.hanging(
            "",
            "",
            rules.size()
                + " rules. Choose with --rules and --skip-rules; change severities in"
                + " .claude-migrate.yml; see docs/rules/ for each.",
            width));
    return String.join("\n", out) + "\n";
  }

  /** The rules as JSON, in the shape of the scan report's {@code rules[]} (schema 1.0). */
  public String json(ToolInfo tool) {
    return Json.stream(
        1024L * (rules.size() + 1),
        g -> {
          JsonReport.startDocument(g, tool);
          Json.array(g, "rules", rules, JsonReport::writeRule);
          g.writeEndObject();
        });
  }
}
