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
      // Not for --version or --help, which never read the catalog and should not pay for it. The
      // built-in catalog read (Jackson's classes loaded cold, the compiled data parsed) while
      // picocli reads the command line; a later builtin() waits for it.
      preload("catalog-preload", CatalogLoader::builtin);
      if (args[0].equals("scan") || args[0].equals("apply")) {
        // JNA's set-up (its library unpacked and loaded, the C library bound): 30-50 ms a walk
        // otherwise waited for; folders() waits for it.
        preload("native-preload", NativeWalk::folders);
        // The rules' classes (their documentation, patterns and built-in tables), 20 ms that ran
        // on main before the walk; all() waits for a class still being set up (docs/adr/0124).
        preload("rules-preload", BuiltinRules::all);
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

  /**
   * Runs {@code work} on a daemon thread of its own, on a core that is half idle while the JVM and
   * picocli start: a run that fails before it needs the result does not wait for it.
   */
  private static void preload(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
  }
}
