package dev.claudemigrate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code tool.driver.rules} of a SARIF run: every rule that ran, plus any rule id a finding
 * names that the list lacks, so that every result's {@code ruleIndex} points at a descriptor.
 */
final class SarifRules {
  private final List<RuleInfo> rules;
  private final Map<String, Integer> index = new LinkedHashMap<>();

  SarifRules(List<RuleInfo> ran, List<Finding> findings) {
    List<RuleInfo> all = new ArrayList<>(ran);
    all.forEach(r -> index.putIfAbsent(r.id(), index.size()));
    for (Finding f : findings) {
      if (!index.containsKey(f.ruleId())) {
        index.put(f.ruleId(), all.size());
        all.add(
            new RuleInfo(
                f.ruleId(), null, f.severity(), f.fixable(), f.ruleId(), f.message(), null));
      }
    }
    this.rules = List.copyOf(all);
  }

  int indexOf(String ruleId) {
    return index.get(ruleId);
  }

  /** SARIF level of a severity: error, warning or note. */
  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  ArrayNode descriptors() {
    ArrayNode out = Json.array();
    rules.forEach(r -> out.add(descriptor(r)));
    return out;
  }

  private static ObjectNode descriptor(RuleInfo r) {
    ObjectNode d = Json.object().put("id", r.id()).put("name", pascalCase(r.id()));
    d.putObject("shortDescription").put("text", r.message());
    d.putObject("fullDescription")
        .put("text", r.explanation() == null ? r.message() : r.explanation());
    if (r.docsUrl() != null) {
      d.put("helpUri", r.docsUrl());
    }
    d.putObject("help").put("text", helpText(r)).put("markdown", helpMarkdown(r));
    d.putObject("defaultConfiguration").put("level", level(r.severity()));
    ObjectNode props = d.putObject("properties");
    ArrayNode tags = props.putArray("tags");
    if (r.category() != null) {
      tags.add(r.category().id());
    }
    tags.add("claude-migration");
    props.put("fixable", r.fixable());
    return d;
  }

  private static String helpText(RuleInfo r) {
    String text = r.explanation() == null ? r.message() : r.explanation();
    return r.docsUrl() == null ? text : text + "\n\nSee " + r.docsUrl();
  }

  private static String helpMarkdown(RuleInfo r) {
    StringBuilder b = new StringBuilder("**").append(r.message()).append("**\n\n");
    b.append(r.explanation() == null ? "" : r.explanation() + "\n\n");
    b.append(
        r.fixable()
            ? "`migrate apply` can fix many findings of this rule."
            : "Findings of this rule need a manual change.");
    if (r.docsUrl() != null) {
      b.append("\n\n[More information](").append(r.docsUrl()).append(')');
    }
    return b.toString();
  }

  /** SARIF's {@code name} is a readable identifier: {@code model-id} becomes {@code ModelId}. */
  static String pascalCase(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return b.toString();
  }
}
