package dev.claudemigrate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.claudemigrate.engine.apply.ApplyPlan;
import dev.claudemigrate.engine.apply.Conflict;
import dev.claudemigrate.engine.apply.FileChange;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.source.SourceFile;
import java.io.IOException;
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
    return Json.stream(
        sizeHint(root.plan()), g -> write(g, root.plan(), root.written(), root.warnings()));
  }

  /**
   * The document of several roots: {@code roots} holds each root's document, {@code errors} the
   * roots that were not applied (no such folder, a bad config, uncommitted changes).
   */
  public String render(List<Root> roots, List<FileError> notApplied) {
    return Json.stream(
        roots.stream().mapToLong(r -> sizeHint(r.plan())).sum(),
        g -> {
          g.writeStartObject();
          g.writeStringField("schemaVersion", SCHEMA_VERSION);
          g.writeStringField("kind", "apply");
          JsonReport.writeTool(g, tool);
          Json.array(
              g, "roots", roots, (out, r) -> write(out, r.plan(), r.written(), r.warnings()));
          Json.array(g, "errors", notApplied, JsonReport::writeError);
          g.writeEndObject();
        });
  }

  private static long sizeHint(ApplyPlan plan) {
    long findings = plan.appliedCount() + plan.leftForPerson().size() + plan.conflicts().size();
    return 4096 + JsonReport.BYTES_PER_FINDING * (findings + plan.errors().size());
  }

  private void write(JsonGenerator g, ApplyPlan plan, boolean written, List<String> warnings)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("kind", "apply");
    JsonReport.writeTool(g, tool);
    g.writeStringField("target", plan.target());
    g.writeStringField("root", plan.root().toString());
    g.writeStringField("mode", written ? "written" : "pending");
    g.writeObjectFieldStart("summary");
    g.writeNumberField("files", plan.changes().size());
    g.writeNumberField("fixes", plan.appliedCount());
    g.writeNumberField("leftForPerson", plan.leftForPerson().size());
    g.writeNumberField("conflicts", plan.conflicts().size());
    g.writeNumberField("errors", plan.errors().size());
    g.writeEndObject();
    Json.array(g, "changes", plan.changes(), ApplyJson::change);
    Json.array(
        g,
        "leftForPerson",
        plan.leftForPerson(),
        (out, f) -> JsonReport.writeFinding(out, null, f));
    Map<String, SourceFile> sources = new HashMap<>();
    plan.changes().forEach(c -> sources.put(c.path(), c.source()));
    Json.array(
        g, "conflicts", plan.conflicts(), (out, c) -> conflict(out, c, sources.get(c.path())));
    Json.array(g, "errors", plan.errors(), JsonReport::writeError);
    Json.array(g, "warnings", warnings, JsonGenerator::writeString);
    Json.counts(g, "fixesByRule", plan.countsByRule());
    g.writeEndObject();
  }

  private static void change(JsonGenerator g, FileChange c) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", c.path());
    g.writeNumberField("fixes", c.applied().size());
    Json.counts(g, "fixesByRule", c.countsByRule());
    Json.array(g, "findings", c.applied(), (out, f) -> JsonReport.writeFinding(out, c.source(), f));
    g.writeEndObject();
  }

  /** A rejected fix; its edits are located in the file's text when the file is known. */
  private static void conflict(JsonGenerator g, Conflict c, SourceFile source) throws IOException {
    Finding f = source != null ? c.rejected() : c.rejected().withoutEdits(c.rejected().fix());
    g.writeStartObject();
    g.writeFieldName("finding");
    JsonReport.writeFinding(g, source, f);
    g.writeStringField("reason", c.reason());
    g.writeEndObject();
  }
}
