package dev.claudemigrate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * The {@code --format sarif} report: SARIF 2.1.0 as GitHub code scanning accepts it, one run with
 * rule descriptors, results with relative locations, stable fingerprints and fixes.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private final ToolInfo tool;

  SarifReport(ToolInfo tool) {
    this.tool = tool;
  }

  String render(MigrationResult result, List<RuleInfo> ran) {
    return Json.write(tree(result, ran));
  }

  ObjectNode tree(MigrationResult result, List<RuleInfo> ran) {
    SarifRules rules = new SarifRules(ran, result.findings());
    ObjectNode root = Json.object().put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", tool.name()).put("version", tool.version());
    tool.homePage().ifPresent(u -> driver.put("informationUri", u));
    driver.set("rules", rules.descriptors());
    run.set("invocations", Json.array().add(invocation(result)));
    ArrayNode results = run.putArray("results");
    for (FileReport file : result.files()) {
      Fingerprints prints = new Fingerprints();
      for (Finding f : file.findings()) {
        results.add(result(file.source(), f, rules, prints));
      }
    }
    run.put("columnKind", "utf16CodeUnits");
    run.putObject("properties").put("target", result.target());
    return root;
  }

  private static ObjectNode invocation(MigrationResult result) {
    ObjectNode inv = Json.object().put("executionSuccessful", result.errors().isEmpty());
    ArrayNode notes = inv.putArray("toolExecutionNotifications");
    for (FileError e : result.errors()) {
      ObjectNode n = notes.addObject().put("level", "error");
      n.putObject("message").put("text", e.toString());
      n.putArray("locations").addObject().set("physicalLocation", artifact(e.path()));
    }
    for (String w : result.warnings()) {
      notes.addObject().put("level", "warning").putObject("message").put("text", w);
    }
    return inv;
  }

  private static ObjectNode result(
      SourceFile file, Finding f, SarifRules rules, Fingerprints prints) {
    ObjectNode r =
        Json.object()
            .put("ruleId", f.ruleId())
            .put("ruleIndex", rules.indexOf(f.ruleId()))
            .put("level", SarifRules.level(f.severity()));
    r.putObject("message").put("text", messageText(f));
    ObjectNode physical = artifact(f.path());
    physical.set("region", region(f.span()).set("snippet", Json.object().put("text", f.matched())));
    r.putArray("locations").addObject().set("physicalLocation", physical);
    r.putObject("partialFingerprints")
        .put(Fingerprints.KEY, prints.next(f, file.lineText(f.span().line())));
    ObjectNode props =
        r.putObject("properties").put("context", f.context().id()).put("test", f.test());
    props.put("fixable", f.fixable());
    if (f.fixable()) {
      r.set("fixes", Json.array().add(fix(file, f)));
    }
    return r;
  }

  private static String messageText(Finding f) {
    if (f.fix() == null || f.fix().isBlank()) {
      return f.message();
    }
    return f.message() + (f.message().endsWith(".") ? "" : ".") + " Fix: " + f.fix();
  }

  private static ObjectNode fix(SourceFile file, Finding f) {
    ObjectNode fix = Json.object();
    fix.putObject("description")
        .put("text", f.fix() == null ? "Apply the suggested change" : f.fix());
    ObjectNode change = fix.putArray("artifactChanges").addObject();
    change.set("artifactLocation", artifact(f.path()).get("artifactLocation"));
    ArrayNode replacements = change.putArray("replacements");
    for (Edit e : f.edits()) {
      ObjectNode rep = replacements.addObject();
      rep.set("deletedRegion", region(file.span(e.start(), e.end())));
      rep.putObject("insertedContent").put("text", e.replacement());
    }
    return fix;
  }

  /** A 1-based region; an empty range (an insertion) keeps endColumn equal to startColumn. */
  static ObjectNode region(Span s) {
    return Json.object()
        .put("startLine", s.line())
        .put("startColumn", s.column())
        .put("endLine", s.endLine())
        .put("endColumn", s.endColumn());
  }

  /** {@code {"artifactLocation": {"uri": "src/a%20b.py", "uriBaseId": "%SRCROOT%"}}}. */
  static ObjectNode artifact(String path) {
    ObjectNode physical = Json.object();
    physical.putObject("artifactLocation").put("uri", relativeUri(path)).put("uriBaseId", SRCROOT);
    return physical;
  }

  /**
   * The path as a relative URI reference: forward slashes, spaces and other reserved characters
   * escaped.
   */
  static String relativeUri(String path) {
    try {
      return new URI(null, null, path.replace('\\', '/'), null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("path cannot be a URI: " + path, e);
    }
  }
}
