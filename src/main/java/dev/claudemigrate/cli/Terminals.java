package dev.claudemigrate.cli;

import dev.claudemigrate.report.Reports;
import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** What the CLI asks of the terminal: how wide it is. */
final class Terminals {
  private Terminals() {}

  /**
   * The columns a text report may use: {@code COLUMNS} when set, else the terminal's width when
   * {@code toTerminal} and standard output is one, else the report's default of 80.
   */
  static int width(Environment env, boolean toTerminal) {
    String columns = env.env().get("COLUMNS");
    if (columns != null && columns.strip().matches("\\d{1,4}")) {
      int n = Integer.parseInt(columns.strip());
      if (n > 0) {
        return n;
      }
    }
    if (toTerminal && env.terminal()) {
      int detected = detected();
      if (detected > 0) {
        return detected;
      }
    }
    return Reports.DEFAULT_WIDTH;
  }

  /** The system terminal's width from JLine, or 0 when it cannot tell. */
  private static int detected() {
    try (Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
      return t.getWidth();
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
