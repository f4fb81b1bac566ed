package dev.claudemigrate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven filtered into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/claudemigrate/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return new String[] {"migrate (claude-migrate) " + p.getProperty("version", "unknown")};
  }
}
