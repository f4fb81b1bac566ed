package dev.claudemigrate.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;

/** The process entry point: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Charset cs = System.console() != null ? System.console().charset() : Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true);
    int code = new Migrate(Environment.system()).run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
