package dev.claudemigrate.report;

import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.IOException;
import java.util.List;

/**
 * The {@code --format json} report, schema {@value #SCHEMA_VERSION}
 * (docs/schema/scan-result-1.0.json). Minor versions only add fields; a removed or changed field
 * bumps the major version.
 *
 * <p>Written field by field through Jackson's generator, not built as a tree first: a scan of a
 * large repository reports thousands of findings, and the nodes of a tree (and the pass that sized
 * the text from them) were most of the time the report took, at the end of the run where nothing
 * else is left to do (docs/performance.md).
 */
final class JsonReport {
  static final String SCHEMA_VERSION = "1.0";

  /**
   * About what the text of one finding takes (its edit included): sizes the writer so that a large
   * report is seldom copied while it grows.
   */
  static final int BYTES_PER_FINDING = 900;

  private final ToolInfo tool;

  JsonReport(ToolInfo tool) {
    this.tool = tool;
  }

  String render(MigrationResult result, List<RuleInfo> rules) {
    return Json.stream(sizeHint(result), g -> write(g, result, rules));
  }

  /** A guess at the length of {@code result}'s report. */
  static long sizeHint(MigrationResult result) {
    long findings = result.files().stream().mapToLong(f -> f.findings().size()).sum();
    return 16_384 + BYTES_PER_FINDING * (findings + result.errors().size());
  }

  /** The report of {@code result} as one JSON object. */
  void write(JsonGenerator g, MigrationResult result, List<RuleInfo> rules) throws IOException {
    startDocument(g, tool);
    g.writeStringField("target", result.target());
    g.writeStringField("root", result.root().toString());
    g.writeFieldName("summary");
    summary(g, ResultSummary.of(result));
    g.writeArrayFieldStart("findings");
    for (FileReport file : result.files()) {
      for (Finding f : file.findings()) {
        writeFinding(g, file.source(), f);
      }
    }
    g.writeEndArray();
    Json.array(g, "errors", result.errors(), JsonReport::writeError);
    Json.array(g, "unusedSuppressions", result.unusedSuppressions(), JsonReport::suppression);
    Json.array(g, "warnings", result.warnings(), JsonGenerator::writeString);
    g.writeFieldName("stats");
    stats(g, result.stats());
    Json.counts(g, "countsByRule", result.countsByRule());
    Json.array(g, "rules", rules, JsonReport::writeRule);
    g.writeEndObject();
  }

  /**
   * Opens a document of the scan report's family: its {@code schemaVersion} and {@code tool}
   * members.
   */
  static void startDocument(JsonGenerator g, ToolInfo tool) throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    writeTool(g, tool);
  }

  /** The {@code tool} member every JSON document of the tool starts with. */
  static void writeTool(JsonGenerator g, ToolInfo tool) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", tool.name());
    g.writeStringField("version", tool.version());
    if (tool.homePage().isPresent()) {
      g.writeStringField("informationUri", tool.homePage().get());
    }
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, ResultSummary s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("findings", s.total());
    g.writeNumberField("errors", s.count(Severity.ERROR));
    g.writeNumberField("warnings", s.count(Severity.WARNING));
    g.writeNumberField("info", s.count(Severity.INFO));
    g.writeNumberField("files", s.files());
    g.writeNumberField("fixable", s.fixable());
    g.writeEndObject();
  }

  /**
   * A finding as the scan and apply reports list it; its edits located in {@code file}'s text (null
   * only for a finding without edits).
   */
  static void writeFinding(JsonGenerator g, SourceFile file, Finding f) throws IOException {
    Span s = f.span();
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("severity", f.severity().id());
    g.writeStringField("path", f.path());
    g.writeNumberField("line", s.line());
    g.writeNumberField("column", s.column());
    g.writeNumberField("endLine", s.endLine());
    g.writeNumberField("endColumn", s.endColumn());
    g.writeStringField("matched", f.matched());
    g.writeStringField("message", f.message());
    g.writeStringField("fix", f.fix());
    g.writeStringField("context", f.context().id());
    g.writeBooleanField("test", f.test());
    g.writeBooleanField("fixable", f.fixable());
    g.writeArrayFieldStart("edits");
    for (Edit e : f.edits()) {
      edit(g, file, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void edit(JsonGenerator g, SourceFile file, Edit e) throws IOException {
    Span s = file.span(e.start(), e.end());
    g.writeStartObject();
    g.writeNumberField("start", e.start());
    g.writeNumberField("end", e.end());
    g.writeNumberField("line", s.line());
    g.writeNumberField("column", s.column());
    g.writeNumberField("endLine", s.endLine());
    g.writeNumberField("endColumn", s.endColumn());
    g.writeStringField("replacement", e.replacement());
    g.writeEndObject();
  }

  /** A file the run could not read or scan, as the report lists it. */
  static void writeError(JsonGenerator g, FileError e) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", e.path());
    g.writeStringField("reason", e.reason());
    g.writeEndObject();
  }

  private static void suppression(JsonGenerator g, Suppression s) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", s.path());
    g.writeNumberField("line", s.line());
    g.writeStringField("ruleId", s.ruleId());
    g.writeStringField("reason", s.reason());
    g.writeStringField("origin", s.origin());
    g.writeEndObject();
  }

  private static void stats(JsonGenerator g, ScanStats s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("filesSeen", s.filesSeen());
    g.writeNumberField("filesMatched", s.filesMatched());
    g.writeNumberField("filesParsed", s.filesParsed());
    g.writeNumberField("bytesRead", s.bytesRead());
    g.writeNumberField("millis", s.millis());
    g.writeEndObject();
  }

  /** A rule as the report's {@code rules[]} and {@code migrate rules --format json} list it. */
  static void writeRule(JsonGenerator g, RuleInfo r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("category", r.category().id());
    g.writeStringField("severity", r.severity().id());
    g.writeBooleanField("fixable", r.fixable());
    g.writeStringField("message", r.message());
    g.writeStringField("docsUrl", r.docsUrl());
    g.writeEndObject();
  }
}
