package dev.claudemigrate.report;

import dev.claudemigrate.catalog.Behaviour;
import dev.claudemigrate.catalog.BetaFlag;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Lifecycle;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Price;
import dev.claudemigrate.catalog.Target;
import dev.claudemigrate.catalog.ToolVersion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalog as {@code migrate models} shows it to people: models, targets, tools, betas, sources.
 */
public final class CatalogText {
  private final Catalog catalog;
  private final LocalDate today;

  public CatalogText(Catalog catalog, LocalDate today) {
    this.catalog = catalog;
    this.today = today;
  }

  public String render() {
    List<String> out = new ArrayList<>();
    out.add(
        "Models (lifecycle state on " + today + "; '(uncertain)' marks dates sources disagree on)");
    out.add("");
    catalog.models().forEach(m -> model(out, m));
    out.add(
        "Targets (--to; default: the newest active "
            + catalog.defaultTargetRule().describe()
            + ", today "
            + catalog.defaultTarget(today).map(Target::name).orElse("none")
            + ")");
    catalog.targets().values().forEach(t -> target(out, t));
    out.add("");
    out.add("Tools");
    catalog.tools().forEach(t -> out.add("  " + tool(t)));
    out.add("");
    out.add("Betas");
    catalog.betas().forEach(b -> out.add("  " + beta(b)));
    out.add("");
    out.add("Sources: " + String.join("; ", catalog.sources()));
    return String.join("\n", out) + "\n";
  }

  private void model(List<String> out, Model m) {
    out.add(
        m.name()
            + "  ["
            + m.key()
            + "]"
            + (m.converse() ? "" : "  (Messages API only: not a Converse target; never flagged)"));
    if (m.anthropicId() != null) {
      out.add(
          row(
              "Anthropic API",
              m.anthropicId()
                  + (m.anthropicAliases().isEmpty()
                      ? ""
                      : ", alias " + String.join(", ", m.anthropicAliases()))));
    }
    out.add(
        row(
            "Bedrock base",
            m.bedrockId()
                + (m.requiresProfile() ? "  (not callable on demand; use a profile)" : "")));
    if (!m.profilePrefixes().isEmpty()) {
      out.add(
          row(
              "Profiles",
              m.profilePrefixes().stream().map(m::profileId).collect(Collectors.joining(", "))));
    }
    if (m.vertexId() != null) {
      out.add(row("Vertex AI", m.vertexId()));
    }
    out.addAll(lifecycle("Lifecycle", m.lifecycle()));
    if (m.anthropicApi() != null) {
      out.addAll(lifecycle("Anthropic life", m.anthropicApi()));
    }
    if (m.price() != null) {
      out.add(row("Price", price(m.price())));
    }
    out.add(
        row(
            "Limits",
            String.format(
                    Locale.ROOT,
                    "%,d context tokens, %,d output tokens",
                    m.contextTokens(),
                    m.maxOutputTokens())
                + (m.textEditorType() == null ? "" : "; text editor " + m.textEditorType())));
    out.add("");
  }

  private List<String> lifecycle(String label, Lifecycle l) {
    List<String> lines = new ArrayList<>();
    Lifecycle.State state = l.stateOn(today);
    List<String> facts = new ArrayList<>();
    if (l.legacyFrom() != null) {
      facts.add("legacy from " + l.legacyFrom());
    } else if (l.declared() != null) {
      facts.add("declared " + stateName(l.declared()));
    }
    if (l.extendedAccessFrom() != null) {
      facts.add("extended access from " + l.extendedAccessFrom());
    }
    if (l.endOfLife() != null) {
      facts.add("end of life " + l.endOfLife());
    }
    boolean uncertain = l.source() != null && l.source().uncertain();
    lines.add(
        row(
            label,
            stateName(state)
                + " today"
                + (facts.isEmpty() ? "" : "; " + String.join(", ", facts))
                + (uncertain ? " (uncertain)" : "")));
    if (l.source() != null) {
      lines.add(
          row(
              "",
              "source: "
                  + l.source().name()
                  + (l.source().url() == null ? "" : " <" + l.source().url() + ">")
                  + ", read "
                  + l.source().readOn()));
    }
    if (l.note() != null && !l.note().isBlank()) {
      lines.add(row("", "note: " + l.note()));
    }
    return lines;
  }

  static String stateName(Lifecycle.State s) {
    return s.words();
  }

  private static String price(Price p) {
    return "$"
        + p.input().stripTrailingZeros().toPlainString()
        + " input / $"
        + p.output().stripTrailingZeros().toPlainString()
        + " output per million tokens"
        + (p.note() == null ? "" : " (" + p.note() + ")");
  }

  private void target(List<String> out, Target t) {
    Model m = catalog.targetModel(t);
    out.add(
        String.format(
            Locale.ROOT,
            "  %-12s %s -> %s  [%s today]",
            t.name(),
            t.description(),
            m.bedrockId(),
            stateName(m.lifecycle().stateOn(today))));
    String replaces =
        t.replaces().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e ->
                    e.getKey()
                        + " ("
                        + e.getValue().name().toLowerCase(Locale.ROOT)
                        + (catalog
                                .model(e.getKey())
                                .flatMap(x -> catalog.otherFamilyAdvice(t, x))
                                .isPresent()
                            ? ", advice only"
                            : "")
                        + ")")
            .collect(Collectors.joining(", "));
    out.add("               replaces " + replaces);
    Behaviour b = t.behaviour();
    out.add(
        "               tools "
            + b.tools().values().stream().collect(Collectors.joining(", "))
            + "; temperature+top_p together: "
            + b.samplingTogether().name().toLowerCase(Locale.ROOT)
            + b.prefill()
                .map(p -> "; assistant prefill: " + p.name().toLowerCase(Locale.ROOT))
                .orElse("")
            + (b.thinkingBudgetDeprecated() ? "; thinking budget_tokens deprecated (adaptive)" : "")
            + (b.betas().isEmpty()
                ? ""
                : "; betas "
                    + b.betas().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
  }

  private static String tool(ToolVersion t) {
    return t.type()
        + "  name "
        + t.name()
        + (t.beta() == null ? "" : ", beta " + t.beta())
        + (t.successor() == null ? ", current" : ", replaced by " + t.successor())
        + "; models "
        + String.join(", ", t.models());
  }

  private static String beta(BetaFlag b) {
    return b.value()
        + "  "
        + b.action().name().toLowerCase(Locale.ROOT)
        + (b.replacement() == null ? "" : " -> " + b.replacement())
        + (b.note() == null ? "" : ": " + b.note());
  }

  private static String row(String label, String value) {
    return String.format(Locale.ROOT, "  %-14s %s", label, value);
  }
}
