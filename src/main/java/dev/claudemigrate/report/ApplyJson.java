package dev.claudemigrate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.engine.apply.ApplyPlan;
import dev.claudemigrate.engine.apply.Conflict;
import dev.claudemigrate.engine.apply.FileChange;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code apply --format json} report, schema {@value #SCHEMA_VERSION}
 * (docs/schema/apply-result-1.0.json): the scan report's family, with the same {@code tool}, {@code
 * target}, {@code root}, finding and error objects, and what apply changed (or would change) and
 * left for a person.
 */
public final class ApplyJson {
  static final String SCHEMA_VERSION = JsonReport.SCHEMA_VERSION;

  private final ToolInfo tool;

  public ApplyJson(ToolInfo tool) {
    this.tool = tool;
  }

  /**
   * One root's plan.
   *
   * @param written whether the changes were written (apply) or are only pending (--check, --patch)
   * @param warnings run-level warnings (the target's lifecycle)
   */
  public record Root(ApplyPlan plan, boolean written, List<String> warnings) {
    public Root {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The apply result as JSON.
   *
   * @param written whether the changes were written (apply) or are only pending (--check, --patch)
   * @param warnings run-level warnings (the target's lifecycle)
   */
  public String render(ApplyPlan plan, boolean written, List<String> warnings) {
    return render(new Root(plan, written, warnings));
  }

  /** The document of one root. */
  public String render(Root root) {
    return Json.write(tree(root.plan(), root.written(), root.warnings()));
  }

  /**
   * The document of several roots: {@code roots} holds each root's document, {@code errors} the
   * roots that were not applied (no such folder, a bad config, uncommitted changes).
   */
  public String render(List<Root> roots, List<FileError> notApplied) {
    ObjectNode doc = Json.object();
    doc.put("schemaVersion", SCHEMA_VERSION);
    doc.put("kind", "apply");
    tool(doc);
    ArrayNode each = doc.putArray("roots");
    roots.forEach(r -> each.add(tree(r.plan(), r.written(), r.warnings())));
    ArrayNode errors = doc.putArray("errors");
    notApplied.forEach(e -> errors.add(JsonReport.error(e)));
    return Json.write(doc);
  }

  private void tool(ObjectNode doc) {
    ObjectNode t = doc.putObject("tool").put("name", tool.name()).put("version", tool.version());
    tool.homePage().ifPresent(u -> t.put("informationUri", u));
  }

  private ObjectNode tree(ApplyPlan plan, boolean written, List<String> warnings) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("kind", "apply");
    tool(root);
    root.put("target", plan.target());
    root.put("root", plan.root().toString());
    root.put("mode", written ? "written" : "pending");
    root.putObject("summary")
        .put("files", plan.changes().size())
        .put("fixes", plan.appliedCount())
        .put("leftForPerson", plan.leftForPerson().size())
        .put("conflicts", plan.conflicts().size())
        .put("errors", plan.errors().size());
    ArrayNode changes = root.putArray("changes");
    plan.changes().forEach(c -> changes.add(change(c)));
    ArrayNode left = root.putArray("leftForPerson");
    plan.leftForPerson().forEach(f -> left.add(JsonReport.finding(null, f)));
    ArrayNode conflicts = root.putArray("conflicts");
    Map<String, SourceFile> sources = new HashMap<>();
    plan.changes().forEach(c -> sources.put(c.path(), c.source()));
    plan.conflicts().forEach(c -> conflicts.add(conflict(c, sources.get(c.path()))));
    ArrayNode errors = root.putArray("errors");
    plan.errors().forEach(e -> errors.add(JsonReport.error(e)));
    ArrayNode w = root.putArray("warnings");
    warnings.forEach(w::add);
    ObjectNode counts = root.putObject("fixesByRule");
    plan.countsByRule().forEach(counts::put);
    return root;
  }

  private static ObjectNode change(FileChange c) {
    ObjectNode n = Json.object().put("path", c.path()).put("fixes", c.applied().size());
    ObjectNode counts = n.putObject("fixesByRule");
    c.countsByRule().forEach(counts::put);
    ArrayNode findings = n.putArray("findings");
    for (Finding f : c.applied()) {
      findings.add(JsonReport.finding(c.source(), f));
    }
    return n;
  }

  /** A rejected fix; its edits are located in the file's text when the file is known. */
  private static ObjectNode conflict(Conflict c, SourceFile source) {
    Finding f = source != null ? c.rejected() : c.rejected().withoutEdits(c.rejected().fix());
    ObjectNode n = Json.object();
    n.set("finding", JsonReport.finding(source, f));
    n.put("reason", c.reason());
    return n;
  }
}
