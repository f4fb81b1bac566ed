package dev.claudemigrate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.ScanStats;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.Span;
import java.util.List;

/**
 * The {@code --format json} report, schema {@value #SCHEMA_VERSION}
 * (docs/schema/scan-result-1.0.json). Minor versions only add fields; a removed or changed field
 * bumps the major version.
 */
final class JsonReport {
  static final String SCHEMA_VERSION = "1.0";

  private final ToolInfo tool;

  JsonReport(ToolInfo tool) {
    this.tool = tool;
  }

  String render(MigrationResult result, List<RuleInfo> rules) {
    return Json.write(tree(result, rules));
  }

  ObjectNode tree(MigrationResult result, List<RuleInfo> rules) {
    ObjectNode root = Json.object();
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode t = root.putObject("tool").put("name", tool.name()).put("version", tool.version());
    tool.homePage().ifPresent(u -> t.put("informationUri", u));
    root.put("target", result.target());
    root.put("root", result.root().toString());
    root.set("summary", summary(ResultSummary.of(result)));
    ArrayNode findings = root.putArray("findings");
    for (FileReport file : result.files()) {
      file.findings().forEach(f -> findings.add(finding(file.source(), f)));
    }
    ArrayNode errors = root.putArray("errors");
    result.errors().forEach(e -> errors.add(error(e)));
    ArrayNode unused = root.putArray("unusedSuppressions");
    result.unusedSuppressions().forEach(s -> unused.add(suppression(s)));
    ArrayNode warnings = root.putArray("warnings");
    result.warnings().forEach(warnings::add);
    root.set("stats", stats(result.stats()));
    ObjectNode counts = root.putObject("countsByRule");
    result.countsByRule().forEach(counts::put);
    ArrayNode ruleList = root.putArray("rules");
    rules.forEach(r -> ruleList.add(rule(r)));
    return root;
  }

  private static ObjectNode summary(ResultSummary s) {
    return Json.object()
        .put("findings", s.total())
        .put("errors", s.count(Severity.ERROR))
        .put("warnings", s.count(Severity.WARNING))
        .put("info", s.count(Severity.INFO))
        .put("files", s.files())
        .put("fixable", s.fixable());
  }

  static ObjectNode finding(SourceFile file, Finding f) {
    Span s = f.span();
    ObjectNode n =
        Json.object()
            .put("ruleId", f.ruleId())
            .put("severity", f.severity().id())
            .put("path", f.path())
            .put("line", s.line())
            .put("column", s.column())
            .put("endLine", s.endLine())
            .put("endColumn", s.endColumn())
            .put("matched", f.matched())
            .put("message", f.message())
            .put("fix", f.fix())
            .put("context", f.context().id())
            .put("test", f.test())
            .put("fixable", f.fixable());
    ArrayNode edits = n.putArray("edits");
    f.edits().forEach(e -> edits.add(edit(file, e)));
    return n;
  }

  static ObjectNode edit(SourceFile file, Edit e) {
    Span s = file.span(e.start(), e.end());
    return Json.object()
        .put("start", e.start())
        .put("end", e.end())
        .put("line", s.line())
        .put("column", s.column())
        .put("endLine", s.endLine())
        .put("endColumn", s.endColumn())
        .put("replacement", e.replacement());
  }

  static ObjectNode error(FileError e) {
    return Json.object().put("path", e.path()).put("reason", e.reason());
  }

  private static ObjectNode suppression(Suppression s) {
    return Json.object()
        .put("path", s.path())
        .put("line", s.line())
        .put("ruleId", s.ruleId())
        .put("reason", s.reason())
        .put("origin", s.origin());
  }

  private static ObjectNode stats(ScanStats s) {
    return Json.object()
        .put("filesSeen", s.filesSeen())
        .put("filesMatched", s.filesMatched())
        .put("filesParsed", s.filesParsed())
        .put("bytesRead", s.bytesRead())
        .put("millis", s.millis());
  }

  static ObjectNode rule(RuleInfo r) {
    return Json.object()
        .put("id", r.id())
        .put("category", r.category().id())
        .put("severity", r.severity().id())
        .put("fixable", r.fixable())
        .put("message", r.message())
        .put("docsUrl", r.docsUrl());
  }
}
