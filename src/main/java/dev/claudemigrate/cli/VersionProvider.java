package dev.claudemigrate.cli;

import dev.claudemigrate.report.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
    String url = p.getProperty("url", "");
    return ToolInfo.of(p.getProperty("version", "unknown"), url.startsWith("${") ? null : url);
  }

  private static Properties properties() {
    Properties p = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dev/claudemigrate/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
