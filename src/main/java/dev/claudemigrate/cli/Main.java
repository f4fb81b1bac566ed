package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.CatalogLoader;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.nativefs.NativeWalk;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The process entry point: the only place that calls {@link System#exit}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (Migrate.runsACommand(args)) {
      // Not for --version or --help, which never read the catalog and should not pay for it.
      CatalogLoader.preload();
      if (args[0].equals("scan") || args[0].equals("apply")) {
        // JNA's set-up (its library unpacked and loaded, the C library bound) on its own thread
        // while picocli reads the command line: 30-50 ms a walk otherwise waited for.
        NativeWalk.preload();
        // The rules' classes set up while picocli reads the command line (docs/adr/0124).
        BuiltinRules.preload();
      }
    }
    // Redirected output (a patch, JSON, SARIF) is UTF-8 whatever the locale: Java 17's default
    // charset follows LANG, and under LANG=C a patch's non-ASCII lines would turn into '?'.
    Charset cs = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
    int code = new Migrate(Environment.system()).run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
