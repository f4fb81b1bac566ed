package dev.claudemigrate.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One report over several scan roots ({@code migrate scan ROOT1 ROOT2 ...}): SARIF with one run per
 * root, JSON with a {@code roots} array of the one-root documents, text and Markdown with one
 * section per root and one summary line per root. A single root is not rendered here: it keeps the
 * one-root formats exactly, so that nothing changes for existing users (a SARIF category included).
 */
public final class RootReports {
  /**
   * One scanned root.
   *
   * @param label the root as the user named it, for the text and Markdown headings
   * @param result its scan result
   * @param ran the rules that ran on it (a root's config may enable or disable rules)
   */
  public record Root(String label, MigrationResult result, List<RuleInfo> ran) {
    public Root {
      ran = List.copyOf(ran);
    }
  }

  private final ToolInfo tool;
  private final boolean colour;
  private final int width;
  private final Function<Path, SourceLinks> links;

  /**
   * @param tool the tool named in machine-readable formats
   * @param colour whether the text format may use ANSI colour
   * @param width the text report's width
   * @param links each root's links to its sources (absolute in CI)
   */
  public RootReports(ToolInfo tool, boolean colour, int width, Function<Path, SourceLinks> links) {
    this.tool = tool;
    this.colour = colour;
    this.width = width;
    this.links = links;
  }

  /**
   * The report over {@code roots}; {@code notScanned} are roots that could not be scanned (a folder
   * that does not exist, a bad config file), each with the one-line reason.
   */
  public String render(ReportFormat format, List<Root> roots, List<FileError> notScanned) {
    return switch (format) {
      case TEXT ->
          sections(
              roots,
              notScanned,
              "=== %s ===\n\n",
              "",
              room ->
                  roots.stream().map(r -> reports(r).render(format, r.result(), r.ran())).toList());
      case MARKDOWN ->
          sections(roots, notScanned, "# `%s`\n\n", "- ", room -> markdown(roots, room));
      case JSON -> json(roots, notScanned);
      case SARIF -> Json.write(sarif(roots, notScanned));
    };
  }

  /** The one-line summary of one root, as text and Markdown end with: {@code LABEL: total}. */
  public static String summaryLine(String label, MigrationResult result) {
    return label + ": " + Reports.totalLine(result);
  }

  /**
   * A section per root, then a summary line per root; {@code bodies} renders the roots' reports
   * given the room the headings and summary leave of the Markdown budget.
   */
  private static String sections(
      List<Root> roots,
      List<FileError> notScanned,
      String heading,
      String bullet,
      IntFunction<List<String>> bodies) {
    StringBuilder summary = new StringBuilder();
    summary.append(roots.size() + notScanned.size()).append(" roots:\n");
    roots.forEach(
        r -> summary.append(bullet).append(summaryLine(r.label(), r.result())).append('\n'));
    notScanned.forEach(e -> summary.append(bullet).append(notScannedLine(e)).append('\n'));
    List<String> headings = roots.stream().map(r -> String.format(heading, r.label())).toList();
    int framing = summary.length() + headings.stream().mapToInt(h -> h.length() + 1).sum();
    List<String> body = bodies.apply(SharedBudget.CHARS - framing);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < roots.size(); i++) {
      out.append(headings.get(i)).append(body.get(i)).append('\n');
    }
    return out.append(summary).toString();
  }

  /** The roots' Markdown reports, together within {@code room} (one pull-request comment). */
  private List<String> markdown(List<Root> roots, int room) {
    return SharedBudget.render(
        room,
        roots.stream()
            .map(
                r ->
                    (IntFunction<String>)
                        budget ->
                            new MarkdownReport(budget, links.apply(r.result().root()))
                                .render(r.result(), r.ran()))
            .toList());
  }

  private Reports reports(Root r) {
    return new Reports(tool, colour, width, links.apply(r.result().root()));
  }

  private static String notScannedLine(FileError e) {
    return e.path() + ": not scanned: " + e.reason();
  }

  private String json(List<Root> roots, List<FileError> notScanned) {
    long size = roots.stream().mapToLong(r -> JsonReport.sizeHint(r.result())).sum();
    return Json.stream(
        size,
        g -> {
          JsonReport.startDocument(g, tool);
          JsonReport report = new JsonReport(tool);
          Json.array(g, "roots", roots, (out, r) -> report.write(out, r.result(), r.ran()));
          Json.array(g, "errors", notScanned, JsonReport::writeError);
          g.writeEndObject();
        });
  }

  private ObjectNode sarif(List<Root> roots, List<FileError> notScanned) {
    ObjectNode doc = Json.object().put("$schema", SarifReport.SCHEMA).put("version", "2.1.0");
    ArrayNode runs = doc.putArray("runs");
    Set<String> ids = new HashSet<>();
    for (Root r : roots) {
      ObjectNode run =
          (ObjectNode) new SarifReport(tool).tree(r.result(), r.ran()).get("runs").get(0);
      Path base = base(r.result().root());
      // GitHub code scanning keys alerts by tool and category (automationDetails.id): a distinct
      // id per root keeps one repository's alerts from closing another's.
      run.putObject("automationDetails").put("id", tool.name() + "/" + uniqueName(base, ids) + "/");
      ObjectNode srcroot = run.putObject("originalUriBaseIds").putObject(SarifReport.SRCROOT);
      srcroot.put("uri", base.toUri().toString());
      srcroot.putObject("description").put("text", "The scan root " + r.label());
      runs.add(run);
    }
    if (!notScanned.isEmpty() && !roots.isEmpty()) {
      // A root that could not be scanned has no run of its own; the first run's invocation says it.
      ObjectNode inv = (ObjectNode) runs.get(0).get("invocations").get(0);
      inv.put("executionSuccessful", false);
      ArrayNode notes = (ArrayNode) inv.get("toolExecutionNotifications");
      notScanned.forEach(
          e ->
              notes
                  .addObject()
                  .put("level", "error")
                  .putObject("message")
                  .put("text", notScannedLine(e)));
    }
    return doc;
  }

  /** The folder the run's relative URIs resolve against: the root, or a file root's folder. */
  private static Path base(Path root) {
    Path abs = root.toAbsolutePath().normalize();
    return Files.isDirectory(abs) || abs.getParent() == null ? abs : abs.getParent();
  }

  /** The folder's name, with {@code -2}, {@code -3} ... when an earlier root had the same name. */
  private static String uniqueName(Path base, Set<String> taken) {
    String name = base.getFileName() == null ? "root" : base.getFileName().toString();
    String id = name;
    for (int n = 2; !taken.add(id); n++) {
      id = name + "-" + n;
    }
    return id;
  }
}
