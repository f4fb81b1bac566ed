import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Target;
import dev.claudemigrate.engine.ScanProgress;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.rules.BuiltinRules;
import java.nio.file.Path;

/**
 * The scan's phases, run after run in one JVM: the walk (reading and prefiltering), the survey of
 * the matched files, and the rules' check. The first run is the cold one a command-line scan pays
 * for; the later ones show what the same code costs once compiled, so the difference is what
 * running cold costs each phase (docs/performance.md, "tenth session").
 *
 * <p>usage: java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp claude-migrate.jar:bench/out
 * PhaseBench TREE [RUNS] [TARGET]
 */
public final class PhaseBench {
  public static void main(String[] args) {
    Catalog catalog = Catalog.builtin();
    // The command line's default on 2026-12-06 (the newest active Sonnet 4.x); name another as
    // TARGET.
    String targetKey = args.length > 2 ? args[2] : "sonnet-4.6";
    Target target = catalog.target(targetKey).orElseThrow();
    ScanRequest request = ScanRequest.defaults(Path.of(args[0]), catalog, target);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    for (int run = 0; run < runs; run++) {
      long[] at = new long[3];
      long start = System.nanoTime();
      MigrationResult r =
          new dev.claudemigrate.engine.Scanner(BuiltinRules.all())
              .scan(
                  request,
                  new ScanProgress() {
                    @Override
                    public void walked(int files) {
                      at[0] = System.nanoTime();
                    }

                    @Override
                    public void checking(int files) {
                      at[1] = System.nanoTime();
                    }
                  });
      at[2] = System.nanoTime();
      System.out.printf(
          "run=%d target=%s findings=%d walk_ms=%d survey_ms=%d check_ms=%d total_ms=%d%n",
          run,
          targetKey,
          r.findings().size(),
          (at[0] - start) / 1_000_000,
          (at[1] - at[0]) / 1_000_000,
          (at[2] - at[1]) / 1_000_000,
          (at[2] - start) / 1_000_000);
    }
  }
}
