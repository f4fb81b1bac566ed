package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import dev.claudemigrate.engine.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {
  private static final Catalog CATALOG = Catalog.builtin();
  @TempDir Path root;

  private void write(String rel, String text) throws IOException {
    write(rel, text.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String rel, byte[] bytes) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  private ScanRequest request() {
    return ScanRequest.defaults(root, CATALOG, CATALOG.target("sonnet-4").orElseThrow());
  }

  private static ScanRequest with(
      ScanRequest r,
      int threads,
      Map<String, Severity> severities,
      List<Suppression> ignores,
      List<String> includes) {
    return new ScanRequest(
        r.root(),
        includes,
        r.excludes(),
        r.useIgnoreFiles(),
        r.enabledRules(),
        r.disabledRules(),
        severities,
        ignores,
        r.settings(),
        r.catalog(),
        r.target(),
        threads);
  }

  private static MigrationResult scan(ScanRequest request, Rule... rules) {
    return new Scanner(List.of(rules)).scan(request);
  }

  private static List<String> located(MigrationResult r) {
    return r.findings().stream()
        .map(f -> f.path() + ":" + f.span().line() + ":" + f.span().column() + " " + f.ruleId())
        .toList();
  }

  @Test
  void fileWithoutTriggerIsNeitherDecodedNorChecked() throws IOException {
    write("a.py", "m = 'OLD'\n");
    write("b.py", "print('hello')\n");
    write(
        "c.py", new byte[] {'x', '=', (byte) 0xc3, (byte) 0x28, '\n'}); // invalid UTF-8, no trigger
    FakeRule rule = new FakeRule("old", "OLD");
    MigrationResult r = scan(request(), rule);
    assertEquals(Set.of("a.py"), rule.checked);
    assertEquals(List.of(), r.errors(), "c.py was never decoded");
    assertEquals(List.of("a.py:1:6 old"), located(r));
    assertEquals(3, r.stats().filesSeen());
    assertEquals(1, r.stats().filesMatched());
    assertEquals(
        0, r.stats().filesParsed(), "a context lookup is lexical (ADR 0060): only syntax() parses");
  }

  @Test
  void bytesReadCountFilesWithAndWithoutTriggersOnAnyNumberOfThreads() throws IOException {
    write("a.py", "m = 'OLD'\n");
    write("b.py", "print('hello')\n");
    write("sub/c.py", "x = 1\n");
    write("sub/d.bin.py", new byte[] {'a', 0, 'b'});
    long total = "m = 'OLD'\n".length() + "print('hello')\n".length() + "x = 1\n".length() + 3;
    for (int threads : new int[] {1, 2, 4}) {
      MigrationResult r =
          scan(
              with(request(), threads, Map.of(), List.of(), List.of()), new FakeRule("old", "OLD"));
      assertEquals(total, r.stats().bytesRead(), threads + " threads");
      assertEquals(4, r.stats().filesSeen());
      assertEquals(1, r.stats().filesMatched());
      assertEquals(List.of("a.py:1:6 old"), located(r));
    }
  }

  @Test
  void ruleRunsOnlyOnFilesWithItsOwnTriggers() throws IOException {
    write("a.py", "OLD\n");
    write("b.py", "BETA\n");
    FakeRule old = new FakeRule("old", "OLD");
    FakeRule beta = new FakeRule("beta", "BETA");
    MigrationResult r = scan(request(), old, beta);
    assertEquals(Set.of("a.py"), old.checked);
    assertEquals(Set.of("b.py"), beta.checked);
    assertEquals(List.of("a.py:1:1 old", "b.py:1:1 beta"), located(r));
  }

  @Test
  void oneBadFileIsAnErrorAndTheRestIsScanned() throws IOException {
    write("bad.py", new byte[] {'O', 'L', 'D', (byte) 0xff, '\n'});
    write("broken.ipynb", "{\"cells\": [ OLD");
    write("good.py", "x = 'OLD'\n");
    MigrationResult r = scan(request(), new FakeRule("old", "OLD"));
    assertEquals(List.of("good.py:1:6 old"), located(r));
    assertEquals(
        List.of("bad.py", "broken.ipynb"), r.errors().stream().map(FileError::path).toList());
    assertTrue(r.errors().get(0).reason().startsWith("cannot decode"), r.errors().get(0).reason());
    assertTrue(
        r.errors().get(1).reason().startsWith("not valid notebook JSON"),
        r.errors().get(1).reason());
    r.errors().forEach(e -> assertTrue(!e.reason().contains("\n"), e.reason()));
  }

  @Test
  void crashingRuleIsAnErrorOfThatFileAndOtherRulesStillReport() throws IOException {
    write("a.py", "OLD\n");
    MigrationResult r =
        scan(request(), FakeRule.crashing("boom", "OLD"), new FakeRule("old", "OLD"));
    assertEquals(List.of("a.py:1:1 old"), located(r));
    assertEquals(
        List.of(new FileError("a.py", "rule boom failed: IllegalStateException: boom")),
        r.errors());
  }

  @Test
  void binaryFilesAreSkippedAndUtf16FilesAreRead() throws IOException {
    write("blob.bin", new byte[] {'O', 'L', 'D', 0, 1, 2});
    byte[] utf16 = "\uFEFFx = 'OLD'\n".getBytes(StandardCharsets.UTF_16LE);
    write("wide.py", utf16);
    MigrationResult r =
        scan(with(request(), 1, Map.of(), List.of(), List.of("*")), new FakeRule("old", "OLD"));
    assertEquals(List.of("wide.py:1:6 old"), located(r));
    assertEquals(List.of(), r.errors());
  }

  @Test
  void severityOverrideApplies() throws IOException {
    write("a.py", "OLD BETA\n");
    MigrationResult r =
        scan(
            with(request(), 2, Map.of("old", Severity.ERROR), List.of(), List.of()),
            new FakeRule("old", "OLD"),
            new FakeRule("beta", "BETA"));
    assertEquals(
        List.of(Severity.ERROR, Severity.WARNING),
        r.findings().stream().map(Finding::severity).toList());
  }

  @Test
  void inlineSuppressionsOnTheLineAndTheLineBefore() throws IOException {
    write(
        "a.py",
        """
        x = 'OLD'  # claude-migrate: ignore[old] kept on purpose
        # claude-migrate: ignore[beta, old] documented in ADR
        y = 'OLD BETA'
        z = 'OLD'
        # claude-migrate: ignore[*] all
        w = 'BETA OLD'
        s = "claude-migrate: ignore[old] in a string does not count"; t = 'OLD'
        # claude-migrate: ignore[beta] nothing to suppress here
        v = 1
        """);
    MigrationResult r = scan(request(), new FakeRule("old", "OLD"), new FakeRule("beta", "BETA"));
    assertEquals(List.of("a.py:4:6 old", "a.py:7:68 old"), located(r));
    assertEquals(
        List.of(new Suppression("a.py", 8, "beta", "nothing to suppress here", "inline")),
        r.unusedSuppressions());
  }

  @Test
  void markerInAFileWithoutFindingsIsReportedUnused() throws IOException {
    write("docs/guide.md", "<!-- claude-migrate: ignore[old] stale marker -->\nText.\n");
    MigrationResult r = scan(request(), new FakeRule("old", "OLD"));
    assertEquals(
        List.of(new Suppression("docs/guide.md", 1, "old", "stale marker", "inline")),
        r.unusedSuppressions());
  }

  @Test
  void configSuppressionsByGlobAndUnusedOnes() throws IOException {
    write("tests/test_a.py", "OLD\n");
    write("src/a.py", "OLD\n");
    Suppression tests = new Suppression("tests/", 0, "old", "fixtures", ".claude-migrate.yml");
    Suppression unused = new Suppression("*.go", 0, "*", "no go code", ".claude-migrate.yml");
    MigrationResult r =
        scan(
            with(request(), 1, Map.of(), List.of(tests, unused), List.of()),
            new FakeRule("old", "OLD"));
    assertEquals(List.of("src/a.py:1:1 old"), located(r));
    assertEquals(List.of(unused), r.unusedSuppressions());
  }

  @Test
  void projectRegionComesFromTheFirstFileThatStatesOne() throws IOException {
    write(".env", "# AWS_REGION=us-west-2\nAWS_REGION=eu-west-1\n");
    write("infra/main.tf", "provider \"aws\" {\n  region = \"us-east-1\"\n}\n");
    write("src/app.py", "OLD\n");
    MigrationResult r = scan(request(), new FakeRule("old", "OLD"));
    assertEquals("region eu-west-1", r.findings().get(0).message());
    Files.delete(root.resolve(".env"));
    assertEquals(
        "region us-east-1",
        scan(request(), new FakeRule("old", "OLD")).findings().get(0).message());
  }

  @Test
  void parallelScanEqualsSingleThreadScanAndIsSorted() throws IOException {
    for (int i = 0; i < 120; i++) {
      String dir = "pkg" + (i % 7) + "/sub" + (i % 3);
      write(dir + "/m" + i + ".py", i % 4 == 0 ? "a = 'OLD'\nb = 'BETA OLD'\n" : "a = 1\n");
      write(dir + "/c" + i + ".yaml", i % 5 == 0 ? "model: OLD\n" : "k: v\n");
    }
    Rule[] rules = {new FakeRule("old", "OLD"), new FakeRule("beta", "BETA")};
    MigrationResult one = scan(with(request(), 1, Map.of(), List.of(), List.of()), rules);
    MigrationResult four = scan(with(request(), 4, Map.of(), List.of(), List.of()), rules);
    assertEquals(located(one), located(four));
    assertEquals(one.findings(), four.findings());
    List<String> paths = one.files().stream().map(FileReport::path).toList();
    assertEquals(paths.stream().sorted().toList(), paths);
    assertEquals(30 + 24, paths.size());
    one.files()
        .forEach(
            f -> {
              List<Integer> starts = f.findings().stream().map(x -> x.span().start()).toList();
              assertEquals(starts.stream().sorted().toList(), starts);
            });
  }

  @Test
  void hugeFilesAreWarningsNotErrors() throws IOException {
    byte[] big = new byte[(int) (10L * 1024 * 1024) + 1];
    Arrays.fill(big, (byte) 'a');
    write("data/big.json", big);
    MigrationResult r = scan(request(), new FakeRule("old", "OLD"));
    assertEquals(List.of(), r.errors());
    assertEquals(
        List.of("data/big.json: skipped: larger than 10 MiB (10.0 MiB); see --max-file-size"),
        r.warnings());
  }

  @Test
  void disabledAndUnknownRules() throws IOException {
    write("a.py", "OLD BETA\n");
    ScanRequest base = request();
    ScanRequest r =
        new ScanRequest(
            root,
            List.of(),
            List.of(),
            true,
            Set.of(),
            Set.of("beta"),
            Map.of("nope", Severity.INFO),
            List.of(),
            base.settings(),
            CATALOG,
            base.target(),
            2);
    Scanner scanner =
        new Scanner(List.of(new FakeRule("old", "OLD"), new FakeRule("beta", "BETA")));
    assertEquals(List.of("a.py:1:1 old"), located(scanner.scan(r)));
    assertEquals(Set.of("nope"), scanner.unknownRuleIds(r));
  }
}
