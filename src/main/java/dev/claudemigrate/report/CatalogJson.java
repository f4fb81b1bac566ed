package dev.claudemigrate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.catalog.Behaviour;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Lifecycle;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.Target;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** The catalog as {@code migrate models --format json} prints it, with each model's state today. */
public final class CatalogJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Catalog catalog;
  private final LocalDate today;

  public CatalogJson(Catalog catalog, LocalDate today) {
    this.catalog = catalog;
    this.today = today;
  }

  public String render() {
    ObjectNode root = Json.object().put("date", today.toString());
    root.put("defaultTarget", catalog.defaultTarget(today).map(Target::name).orElse(null));
    ArrayNode models = root.putArray("models");
    catalog.models().forEach(m -> models.add(model(m)));
    ArrayNode targets = root.putArray("targets");
    catalog.targets().values().forEach(t -> targets.add(target(t)));
    root.set("tools", MAPPER.valueToTree(catalog.tools()));
    root.set("betas", MAPPER.valueToTree(catalog.betas()));
    root.set("sources", MAPPER.valueToTree(catalog.sources()));
    return Json.write(root);
  }

  private ObjectNode model(Model m) {
    ObjectNode n =
        Json.object().put("key", m.key()).put("name", m.name()).put("anthropicId", m.anthropicId());
    n.set("anthropicAliases", MAPPER.valueToTree(m.anthropicAliases()));
    n.put("bedrockId", m.bedrockId());
    n.set("profilePrefixes", MAPPER.valueToTree(m.profilePrefixes()));
    ArrayNode profiles = n.putArray("profileIds");
    m.profilePrefixes().forEach(p -> profiles.add(m.profileId(p)));
    n.put("vertexId", m.vertexId()).put("requiresProfile", m.requiresProfile());
    n.put("family", m.family() == null ? null : m.family().name().toLowerCase(Locale.ROOT));
    n.put("version", m.version())
        .put("converseTarget", m.converse())
        .put("successor", m.successor());
    if (m.anthropicApi() != null) {
      n.set("anthropicApi", lifecycle(m.anthropicApi()));
    }
    n.set("lifecycle", lifecycle(m.lifecycle()));
    n.put("contextTokens", m.contextTokens()).put("maxOutputTokens", m.maxOutputTokens());
    n.set("price", MAPPER.valueToTree(m.price()));
    n.put("textEditorType", m.textEditorType());
    return n;
  }

  private ObjectNode lifecycle(Lifecycle l) {
    ObjectNode n = Json.object().put("state", l.stateOn(today).name());
    n.put("legacyFrom", l.legacyFrom() == null ? null : l.legacyFrom().toString());
    n.put(
        "extendedAccessFrom",
        l.extendedAccessFrom() == null ? null : l.extendedAccessFrom().toString());
    n.put("endOfLife", l.endOfLife() == null ? null : l.endOfLife().toString());
    n.put("declared", l.declared() == null ? null : l.declared().name());
    n.put("note", l.note());
    n.set("source", MAPPER.valueToTree(l.source()));
    n.put("uncertain", l.source() != null && l.source().uncertain());
    return n;
  }

  private ObjectNode behaviour(Behaviour b) {
    ObjectNode n = Json.object();
    ObjectNode tools = n.putObject("tools");
    b.tools().forEach((f, type) -> tools.put(f.id(), type));
    ObjectNode betas = n.putObject("betas");
    b.betas().forEach((v, a) -> betas.put(v, a.name().toLowerCase(Locale.ROOT)));
    n.put("samplingTogether", b.samplingTogether().name().toLowerCase(Locale.ROOT));
    n.put("prefill", b.prefill().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse(null));
    n.put("thinkingBudget", b.thinkingBudgetDeprecated() ? "deprecated" : "supported");
    n.set("stopReasons", MAPPER.valueToTree(b.stopReasons()));
    return n;
  }

  private ObjectNode target(Target t) {
    ObjectNode n =
        Json.object()
            .put("name", t.name())
            .put("model", t.modelKey())
            .put("description", t.description());
    n.put("textEditorType", t.textEditorType());
    ObjectNode replaces = n.putObject("replaces");
    t.replaces().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> replaces.put(e.getKey(), e.getValue().name().toLowerCase(Locale.ROOT)));
    ObjectNode manual = n.putObject("manual");
    t.replaces().keySet().stream()
        .sorted()
        .forEach(
            k ->
                catalog
                    .model(k)
                    .flatMap(m -> catalog.otherFamilyAdvice(t, m))
                    .ifPresent(a -> manual.put(k, a)));
    n.set("behaviour", behaviour(t.behaviour()));
    return n;
  }
}
