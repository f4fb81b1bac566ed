package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import java.util.List;

/**
 * Renders a {@link MigrationResult} in any {@link ReportFormat}: the report package's entry point.
 */
public final class Reports {
  /** The width of the text report when the terminal's is unknown. */
  public static final int DEFAULT_WIDTH = Wrap.DEFAULT_WIDTH;

  private final ToolInfo tool;
  private final boolean colour;
  private final int width;
  private final SourceLinks links;

  /**
   * Reports with the text wrapped to {@link #DEFAULT_WIDTH} and relative Markdown links.
   *
   * @param tool the tool named in machine-readable formats
   * @param colour whether the text format may use ANSI colour
   */
  public Reports(ToolInfo tool, boolean colour) {
    this(tool, colour, DEFAULT_WIDTH, SourceLinks.relative());
  }

  /**
   * @param tool the tool named in machine-readable formats
   * @param colour whether the text format may use ANSI colour
   * @param width the columns the text format wraps to
   * @param links where the Markdown format's links to source lines point
   */
  public Reports(ToolInfo tool, boolean colour, int width, SourceLinks links) {
    this.tool = tool;
    this.colour = colour;
    this.width = width;
    this.links = links;
  }

  /** The one-line total every format ends with: findings by severity, files, fixable. */
  public static String totalLine(MigrationResult result) {
    return ResultSummary.of(result).totalLine();
  }

  /**
   * The whole report as one string ending with a newline.
   *
   * @param rules the rules that ran (SARIF lists them as the driver's rules, JSON in {@code rules})
   */
  public String render(ReportFormat format, MigrationResult result, List<RuleInfo> rules) {
    return switch (format) {
      case TEXT -> new TextReport(colour, width).render(result, rules);
      case JSON -> new JsonReport(tool).render(result, rules);
      case SARIF -> new SarifReport(tool).render(result, rules);
      case MARKDOWN -> new MarkdownReport(MarkdownReport.BUDGET, links).render(result, rules);
    };
  }
}
