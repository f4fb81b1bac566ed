import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Target;
import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.Scanner;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.engine.source.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the rules spend their time on a real tree: scans {@code TREE} with every built-in rule
 * wrapped in a timer, then prints the time of each rule over all files and the slowest (rule, file)
 * pairs with the file's length in characters. The first file a rule parses also pays for the parse
 * (tree-sitter's, shared by the rules after it), and the times are each thread's wall time. Made to
 * find the files where a rule's cost grows faster than the file (docs/performance.md).
 *
 * <p>usage: java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx3g -cp target/claude-migrate.jar
 * bench/SlowFiles.java TREE [TOP]
 */
public final class SlowFiles {
  private static final Map<String, Long> NANOS = new ConcurrentHashMap<>();

  /** A rule that times each check of the rule it wraps. */
  private record Timed(Rule rule) implements Rule {
    @Override
    public RuleInfo info() {
      return rule.info();
    }

    @Override
    public List<String> triggers(RuleContext ctx) {
      return rule.triggers(ctx);
    }

    @Override
    public List<Finding> check(SourceFile file, RuleContext ctx) {
      long start = System.nanoTime();
      try {
        return rule.check(file, ctx);
      } finally {
        String key = rule.id() + "\t" + file.path() + "\t" + file.text().length();
        NANOS.merge(key, System.nanoTime() - start, Long::sum);
      }
    }
  }

  public static void main(String[] args) {
    Catalog catalog = Catalog.builtin();
    Target target = catalog.defaultTarget(LocalDate.now()).orElseThrow(); // as the CLI chooses
    List<Rule> rules = new ArrayList<>();
    BuiltinRules.all().forEach(r -> rules.add(new Timed(r)));
    long start = System.nanoTime();
    MigrationResult result =
        new Scanner(rules).scan(ScanRequest.defaults(Path.of(args[0]), catalog, target));
    System.out.printf(
        "scan %d ms, %d files matched, %d findings%n",
        (System.nanoTime() - start) / 1_000_000,
        result.stats().filesMatched(),
        result.findings().size());
    Map<String, Long> byRule = new TreeMap<>();
    NANOS.forEach((k, v) -> byRule.merge(k.substring(0, k.indexOf('\t')), v, Long::sum));
    byRule.forEach((rule, ns) -> System.out.printf("%10d ms  %s%n", ns / 1_000_000, rule));
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    System.out.println("slowest (rule, file, chars):");
    NANOS.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> System.out.printf("%10d ms  %s%n", e.getValue() / 1_000_000, e.getKey()));
  }
}
