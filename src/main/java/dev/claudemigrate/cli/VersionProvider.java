package dev.claudemigrate.cli;

import dev.claudemigrate.engine.rule.BuildProperties;
import dev.claudemigrate.report.ToolInfo;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven filtered into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "migrate (claude-migrate) " + properties().getProperty("version", "unknown")
    };
  }

  /** The tool as reports name it: version and, once the pom has a {@code <url>}, the home page. */
  static ToolInfo toolInfo() {
    Properties p = properties();
    String url = BuildProperties.get(p, "url");
    return ToolInfo.of(p.getProperty("version", "unknown"), url.isEmpty() ? null : url);
  }

  private static Properties properties() {
    return BuildProperties.load();
  }
}
