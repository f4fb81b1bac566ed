package dev.claudemigrate.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.cli.Environment;
import dev.claudemigrate.cli.Migrate;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rules.BuiltinRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example in README.md and docs/*.md runs: each {@code migrate ...} command line in a fenced
 * block runs in-process on a fresh copy of samples/ (the commands of one page in order, as a reader
 * would type them) and must exit 0 or 1; each {@code .claude-migrate.yml} example must be accepted
 * by {@code scan}; each rule id an example shows must exist. Commands that call Amazon Bedrock are
 * skipped, each with the test that covers it offline.
 */
class DocsExamplesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  /** First words of commands that need AWS, and why they are skipped here. */
  private static final Map<String, String> NEEDS_AWS =
      Map.of(
          "doctor", "calls Bedrock; DoctorCommandTest runs it against the loopback stand-in",
          "smoke", "calls Bedrock; SmokeCommandTest and SampleRecordingTest run it offline",
          "eval", "calls Bedrock; EvalCommandTest runs it against the stand-in and a recording");

  /** Files the examples name as the reader's own, made in the copy before its commands run. */
  private static final Map<String, String> READERS_FILES =
      Map.of(
          "ours.yaml",
          "models: []\n",
          "services/app.py",
          "x = 1\n",
          "repos/billing/app.py",
          "MODEL = \"anthropic.claude-3-5-sonnet-20241022-v2:0\"\n",
          "repos/search/app.py",
          "MODEL = \"anthropic.claude-3-5-sonnet-20240620-v1:0\"\n");

  private static final Pattern FENCE =
      Pattern.compile("^```([^\\n]*)\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

  @TempDir Path tmp;

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The example command lines of a page, joined across {@code \} continuations. */
  static List<String> commands(String page) {
    List<String> out = new ArrayList<>();
    Matcher m = FENCE.matcher(page);
    while (m.find()) {
      String body = m.group(2).replaceAll("\\\\\\n\\s*", " ");
      for (String line : body.split("\n")) {
        String l = line.strip();
        l = l.startsWith("$ ") ? l.substring(2) : l;
        if (l.matches("migrate [a-z-]+( .*)?") && !l.matches("migrate [a-z]+:.*")) {
          out.add(l);
        }
      }
    }
    return out;
  }

  /** A command line as arguments: comments, redirections, pipes and {@code &&} tails cut. */
  static List<String> args(String line) {
    String l = line.replaceAll("\\s+#.*$", "");
    for (String cut : List.of(" | ", " && ", " > ", " 2>")) {
      int at = l.indexOf(cut);
      l = at >= 0 ? l.substring(0, at) : l;
    }
    List<String> args = new ArrayList<>();
    Matcher t = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(l.strip());
    while (t.find()) {
      args.add(t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3));
    }
    return args.subList(1, args.size());
  }

  private record Run(int code, String out, String err) {}

  private static Run migrate(Path dir, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env = new Environment(dir, Map.of(), CLOCK, false);
    int code =
        new Migrate(env)
            .run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  /** A folder holding a copy of samples/ and the reader's files: where the commands run. */
  private Path samplesCopy(String name) throws IOException {
    Path dir = tmp.resolve(name);
    Path copy = dir.resolve("samples");
    try (Stream<Path> walk = Files.walk(Path.of("samples"))) {
      for (Path p : walk.toList()) {
        Path to = copy.resolve(Path.of("samples").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    for (Map.Entry<String, String> f : READERS_FILES.entrySet()) {
      Files.createDirectories(dir.resolve(f.getKey()).getParent());
      Files.writeString(dir.resolve(f.getKey()), f.getValue());
    }
    return dir;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCommandRuns() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages()) {
      List<String> lines = commands(Files.readString(page));
      if (lines.isEmpty()) {
        continue;
      }
      tests.add(
          DynamicTest.dynamicTest(
              page.toString(),
              () -> {
                Path dir = samplesCopy(page.getFileName().toString());
                for (String line : lines) {
                  List<String> args = args(line);
                  if (NEEDS_AWS.containsKey(args.get(0))) {
                    continue;
                  }
                  Run run = migrate(dir, args);
                  assertTrue(
                      run.code() == 0 || run.code() == 1,
                      page + ": '" + line + "' exited " + run.code() + ":\n" + run.err());
                }
              }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyConfigExampleIsAccepted() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages()) {
      String text = Files.readString(page);
      Matcher m = FENCE.matcher(text);
      while (m.find()) {
        String before = text.substring(Math.max(0, m.start() - 400), m.start());
        boolean yaml = m.group(1).strip().matches("ya?ml");
        if (!yaml || !(before.contains(".claude-migrate.y") || page.endsWith("configuration.md"))) {
          continue;
        }
        String config = m.group(2);
        int line = text.substring(0, m.start()).split("\n", -1).length;
        tests.add(
            DynamicTest.dynamicTest(
                page + ":" + line,
                () -> {
                  Path dir = samplesCopy("config-" + line);
                  Files.writeString(dir.resolve(".claude-migrate.yml"), config);
                  Run run = migrate(dir, List.of("scan", "--format", "json"));
                  assertTrue(
                      run.code() == 0 || run.code() == 1,
                      page
                          + ":"
                          + line
                          + ": the example config exits "
                          + run.code()
                          + ": "
                          + run.err());
                }));
      }
    }
    return tests.stream();
  }

  /**
   * Rule ids shown in examples: JSON fields and counts, inline suppressions, options, and the
   * per-rule lines of the text summary.
   */
  private static final List<Pattern> RULE_MENTIONS =
      List.of(
          Pattern.compile("\"ruleId\":\\s*\"([a-z0-9-]+)\""),
          Pattern.compile("\"countsByRule\":\\s*\\{([^}]*)}"),
          Pattern.compile("ignore\\[([a-z0-9,-]+)]"),
          Pattern.compile("--(?:skip-)?rules[ =]([a-z0-9,-]+)"),
          Pattern.compile("^ {2}([a-z][a-z0-9]*-[a-z0-9-]+) {2,}\\d+ {2}\\(", Pattern.MULTILINE));

  private static final Pattern JSON_KEY = Pattern.compile("\"([a-z0-9-]+)\":");

  @TestFactory
  Stream<DynamicTest> everyRuleIdAnExampleShowsExists() throws IOException {
    Set<String> known =
        BuiltinRules.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    known.add("*");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : pages()) {
      String text = Files.readString(page);
      tests.add(
          DynamicTest.dynamicTest(
              page.toString(),
              () -> {
                Set<String> unknown = new TreeSet<>();
                Matcher block = FENCE.matcher(text);
                while (block.find()) {
                  for (Pattern p : RULE_MENTIONS) {
                    Matcher r = p.matcher(block.group(2));
                    while (r.find()) {
                      for (String id : ids(r.group(1))) {
                        if (!known.contains(id)) {
                          unknown.add(id);
                        }
                      }
                    }
                  }
                }
                assertTrue(
                    unknown.isEmpty(),
                    page
                        + " names rules that do not exist: "
                        + unknown
                        + " (known: "
                        + known
                        + ")");
              }));
    }
    return tests.stream();
  }

  /** The ids in a comma list, or the keys of a JSON object's body. */
  private static List<String> ids(String found) {
    if (!found.contains("\"")) {
      return List.of(found.split(","));
    }
    List<String> keys = new ArrayList<>();
    Matcher k = JSON_KEY.matcher(found);
    while (k.find()) {
      keys.add(k.group(1));
    }
    return keys;
  }
}
