import dev.claudemigrate.catalog.BetaFlag;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Target;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.ScanProgress;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.Scanner;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.engine.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Benchmark harness: scans a tree with the built-in rules (or, before they exist, two stand-in
 * rules with the catalog's trigger strings) and prints one summary line.
 *
 * <p>usage: java -cp claude-migrate.jar:bench/out ScanBench TREE [--print-triggers] [--threads N]
 * [--repeat N] [--target KEY]
 *
 * <p>Each line also gives the scan's phases: the walk (reading and prefiltering), the survey of the
 * matched files and the rules' check. With {@code --repeat}, the first line is the cold run a
 * command-line scan pays for, the later ones what the same code costs once compiled
 * (docs/performance.md, "tenth session").
 */
public final class ScanBench {
  public static void main(String[] args) {
    Catalog catalog = Catalog.builtin();
    // sonnet-4 unless named: bench/run.sh gives ripgrep this target's triggers (--print-triggers).
    Target target = catalog.target(option(args, "--target", "sonnet-4")).orElseThrow();
    List<Rule> rules = BuiltinRules.all().isEmpty() ? standIns(catalog) : BuiltinRules.all();
    ScanRequest defaults = ScanRequest.defaults(Path.of(args[0]), catalog, target);
    if (List.of(args).contains("--print-triggers")) {
      RuleContext ctx =
          new RuleContext(catalog, target, MigrationSettings.defaults(), Optional.empty());
      Set<String> all = new LinkedHashSet<>();
      rules.forEach(r -> all.addAll(r.triggers(ctx)));
      all.forEach(System.out::println);
      return;
    }
    int threads = Integer.parseInt(option(args, "--threads", String.valueOf(defaults.threads())));
    ScanRequest request =
        new ScanRequest(
            defaults.root(),
            List.of(),
            List.of(),
            true,
            Set.of(),
            Set.of(),
            java.util.Map.of(),
            List.of(),
            defaults.settings(),
            catalog,
            target,
            threads);
    // --repeat N: the same scan N times in one JVM, one line each: the first run pays for the
    // JIT's warm-up, the later ones show the steady state of the walk and the rules.
    int repeat = Integer.parseInt(option(args, "--repeat", "1"));
    for (int run = 0; run < repeat; run++) {
      long[] at = new long[3]; // walked, checking, done
      long start = System.nanoTime();
      MigrationResult r =
          new Scanner(rules)
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
          "rules=%d files=%d matched=%d parsed=%d findings=%d errors=%d bytes=%d scan_ms=%d"
              + " walk_ms=%d survey_ms=%d check_ms=%d%n",
          rules.size(),
          r.stats().filesSeen(),
          r.stats().filesMatched(),
          r.stats().filesParsed(),
          r.findings().size(),
          r.errors().size(),
          r.stats().bytesRead(),
          r.stats().millis(),
          (at[0] - start) / 1_000_000,
          (at[1] - at[0]) / 1_000_000,
          (at[2] - at[1]) / 1_000_000);
    }
  }

  /** The value after {@code name} in {@code args}, or {@code otherwise}. */
  private static String option(String[] args, String name, String otherwise) {
    int at = List.of(args).indexOf(name);
    return at > 0 && at + 1 < args.length ? args[at + 1] : otherwise;
  }

  /** Two rules shaped like the real ones: catalog model IDs, and old tool types and beta flags. */
  private static List<Rule> standIns(Catalog catalog) {
    List<String> toolStrings = new ArrayList<>();
    catalog.tools().stream()
        .filter(t -> t.successor() != null)
        .map(ToolVersion::type)
        .forEach(toolStrings::add);
    catalog.betas().stream()
        .filter(b -> !"new".equals(b.action()))
        .map(BetaFlag::value)
        .forEach(toolStrings::add);
    return List.of(
        new StandIn("bench-model-id", List.copyOf(catalog.knownIdStrings()), catalog, true),
        new StandIn("bench-tool-beta", toolStrings, catalog, false));
  }

  private record StandIn(String id, List<String> strings, Catalog catalog, boolean ids)
      implements Rule {
    @Override
    public RuleInfo info() {
      return new RuleInfo(id, Category.MODEL_ID, Severity.WARNING, false, id, "", "");
    }

    @Override
    public List<String> triggers(RuleContext ctx) {
      return strings;
    }

    @Override
    public List<Finding> check(SourceFile file, RuleContext ctx) {
      List<Finding> out = new ArrayList<>();
      if (ids) {
        for (IdMatch m : catalog.findIds(file.text())) {
          out.add(Findings.at(info(), file, m.start(), m.end(), "old id", "", List.of()));
        }
        return out;
      }
      for (String s : strings) {
        for (int i = file.text().indexOf(s); i >= 0; i = file.text().indexOf(s, i + 1)) {
          out.add(Findings.at(info(), file, i, i + s.length(), "old tool or beta", "", List.of()));
        }
      }
      return out;
    }
  }
}
