package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation workflow (.github/workflows/migrate-org.yml) as far as it runs without GitHub:
 * its YAML parses and has the reusable-workflow shape, and the 'run' blocks of the per-repository
 * job execute unchanged (bash, the shaded jar, git) on a local repository whose origin is a local
 * bare repository. What needs GitHub is not run: the actions (checkout, setup-java, artifacts) and
 * the gh CLI, which a fake on PATH stands in for, recording its arguments.
 */
class OrgWorkflowIT {
  private static final Path WORKFLOW = Path.of(".github/workflows/migrate-org.yml");
  private static final Path JAR =
      Path.of(System.getProperty("migrate.jar", "target/claude-migrate.jar")).toAbsolutePath();
  private static final Pattern EXPR = Pattern.compile("\\$\\{\\{\\s*([^}]+?)\\s*}}");

  @TempDir Path tmp;
  JsonNode workflow;
  Path origin;
  Path bin;

  @BeforeEach
  void setUp() throws Exception {
    workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    bin = Files.createDirectories(tmp.resolve("bin"));
    Path gh = bin.resolve("gh");
    Files.writeString(
        gh,
        """
        #!/usr/bin/env bash
        # Fake gh: records its arguments; 'pr list' answers from $GH_LIST_OUT.
        printf '%s\\n' "$*" >> "$GH_LOG"
        case "$1 $2" in
          "pr list") cat "$GH_LIST_OUT" 2>/dev/null || true ;;
          "pr create") echo "https://github.com/$REPO/pull/1" ;;
          "pr view") echo "https://github.com/$REPO/pull/7" ;;
        esac
        """);
    Files.setPosixFilePermissions(gh, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void theYamlIsAReusableWorkflowWithAMatrixOverRepositories() {
    JsonNode call = workflow.path("on").path("workflow_call");
    assertTrue(call.path("inputs").has("repositories"));
    assertTrue(call.path("secrets").path("token").path("required").asBoolean());
    JsonNode migrate = workflow.path("jobs").path("migrate");
    assertEquals(
        "${{ fromJSON(inputs.repositories) }}",
        migrate.path("strategy").path("matrix").path("repository").asText());
    assertFalse(migrate.path("strategy").path("fail-fast").asBoolean(true));
    for (JsonNode job : workflow.path("jobs")) {
      for (JsonNode step : job.path("steps")) {
        assertFalse(
            step.path("run").asText().contains("${{"),
            "run blocks take values from env only: " + step.path("name").asText());
      }
    }
  }

  @Test
  void aRepositoryWithUsesGetsABranchAndOnePullRequestWithTheChecklist() throws Exception {
    Path repo = repository("support-bot", Path.of("samples/python-agent"));
    Map<String, String> outputs = runMigrateJob(repo, "acme/support-bot");
    assertEquals("true", outputs.get("apply.changed"));
    assertEquals("0", outputs.get("apply.exit-code"));
    assertEquals("https://github.com/acme/support-bot/pull/1", outputs.get("pr.url"));

    String log = git(origin, "log", "--format=%s", "claude-migrate/migration");
    assertTrue(log.startsWith("Move off retired Claude models"), log);
    String diff = git(origin, "diff", "--stat", "main", "claude-migrate/migration");
    assertTrue(diff.contains("agent.py"), diff);
    assertFalse(diff.contains("MIGRATION.md"), "the report is the PR body, not a file");

    List<String> gh = ghCalls();
    assertEquals(2, gh.size(), gh.toString());
    assertTrue(
        gh.get(0).startsWith("pr list --repo acme/support-bot --head claude-migrate/migration"));
    String create = gh.get(1);
    assertTrue(create.startsWith("pr create --repo acme/support-bot --base main"), create);
    assertTrue(create.contains("--body-file " + tmp.resolve("runner/MIGRATION.md")), create);
    assertTrue(create.endsWith("--draft"), create);
    String body = Files.readString(tmp.resolve("runner/MIGRATION.md"));
    assertTrue(body.contains("- [ ] "), "the manual follow-ups as a checklist:\n" + body);
    assertTrue(Files.readString(tmp.resolve("runner/summary.md")).contains("pull/1"));
  }

  @Test
  void aSecondRunUpdatesTheOpenPullRequestInsteadOfOpeningAnother() throws Exception {
    Path repo = repository("billing", Path.of("samples/python-agent"));
    runMigrateJob(repo, "acme/billing");
    Files.writeString(tmp.resolve("gh.log"), "");
    Files.writeString(tmp.resolve("pr-list.txt"), "7\n");
    Path again = tmp.resolve("billing-2");
    git(tmp, "clone", "-q", origin.toString(), again.toString());
    Map<String, String> outputs = runMigrateJob(again, "acme/billing");
    assertEquals("https://github.com/acme/billing/pull/7", outputs.get("pr.url"));
    List<String> gh = ghCalls();
    assertTrue(
        gh.stream().anyMatch(c -> c.startsWith("pr edit 7 --repo acme/billing")), gh.toString());
    assertTrue(gh.stream().noneMatch(c -> c.startsWith("pr create")), gh.toString());
  }

  @Test
  void aRepositoryWithNothingToMigrateGetsNoPullRequest() throws Exception {
    Path clean = Files.createDirectories(tmp.resolve("clean-src"));
    Files.writeString(clean.resolve("app.py"), "print('no model here')\n");
    Path repo = repository("search", clean);
    Map<String, String> outputs = runMigrateJob(repo, "acme/search");
    assertEquals("false", outputs.get("apply.changed"));
    assertFalse(outputs.containsKey("pr.url"));
    assertEquals(List.of(), ghCalls());
    assertEquals("", git(origin, "branch", "--list", "claude-migrate/*").strip());
  }

  /** A clone (as actions/checkout leaves it) of a new bare origin holding {@code content}. */
  private Path repository(String name, Path content) throws Exception {
    origin = tmp.resolve(name + ".git");
    git(tmp, "init", "-q", "--bare", "-b", "main", origin.toString());
    Path seed = tmp.resolve(name + "-seed");
    GoldenTrees.copy(content, seed);
    git(seed, "init", "-q", "-b", "main");
    git(seed, "add", "-A");
    git(seed, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "init");
    git(seed, "push", "-q", origin.toString(), "main");
    Path repo = tmp.resolve(name);
    git(tmp, "clone", "-q", origin.toString(), repo.toString());
    return repo;
  }

  /**
   * Runs the run-steps of the 'migrate' job in order, as the runner would; returns step outputs.
   */
  private Map<String, String> runMigrateJob(Path repo, String repository) throws Exception {
    Path runner = Files.createDirectories(tmp.resolve("runner"));
    Map<String, String> outputs = new LinkedHashMap<>();
    for (JsonNode step : workflow.path("jobs").path("migrate").path("steps")) {
      if (!step.has("run")) {
        continue; // actions (checkout, setup-java, artifacts) need GitHub
      }
      String condition = step.path("if").asText("");
      if (!condition.isEmpty() && !condition(condition, outputs)) {
        continue;
      }
      Map<String, String> env = new HashMap<>();
      step.path("env")
          .fields()
          .forEachRemaining(
              e -> env.put(e.getKey(), expand(e.getValue().asText(), repository, outputs)));
      Path out = Files.createTempFile(runner, "output", ".txt");
      env.put("GITHUB_OUTPUT", out.toString());
      env.put("GITHUB_STEP_SUMMARY", runner.resolve("summary.md").toString());
      env.put("GH_LOG", tmp.resolve("gh.log").toString());
      env.put("GH_LIST_OUT", tmp.resolve("pr-list.txt").toString());
      env.put("PATH", bin + ":" + System.getenv("PATH"));
      Path dir = step.has("working-directory") ? repo : tmp;
      int code = bash(step.path("run").asText(), dir, env);
      assertEquals(0, code, "step '" + step.path("name").asText() + "' failed");
      String id = step.path("id").asText("");
      for (String line : Files.readAllLines(out)) {
        int eq = line.indexOf('=');
        if (eq > 0 && !id.isEmpty()) {
          outputs.put(id + "." + line.substring(0, eq), line.substring(eq + 1));
        }
      }
    }
    return outputs;
  }

  /** The few expressions the workflow uses, with the inputs' defaults. */
  private String expand(String value, String repository, Map<String, String> outputs) {
    Matcher m = EXPR.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String v;
      if (e.equals("matrix.repository")) {
        v = repository;
      } else if (e.equals("runner.temp")) {
        v = tmp.resolve("runner").toString();
      } else if (e.equals("secrets.token")) {
        v = "test-token";
      } else if (e.startsWith("inputs.")) {
        v = workflow.at("/on/workflow_call/inputs/" + e.substring(7) + "/default").asText();
      } else if (e.startsWith("steps.")) {
        v = outputs.getOrDefault(e.substring(6).replace(".outputs.", "."), "");
      } else {
        throw new IllegalArgumentException("expression not known to the test: " + e);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static boolean condition(String expr, Map<String, String> outputs) {
    if (expr.equals("always()")) {
      return true;
    }
    Matcher m = Pattern.compile("steps\\.(\\w+)\\.outputs\\.([\\w-]+) == '([^']*)'").matcher(expr);
    if (!m.matches()) {
      throw new IllegalArgumentException("condition not known to the test: " + expr);
    }
    return m.group(3).equals(outputs.get(m.group(1) + "." + m.group(2)));
  }

  private int bash(String script, Path dir, Map<String, String> env) throws Exception {
    Path file = Files.createTempFile(tmp, "step", ".sh");
    Files.writeString(file, script);
    // GitHub runs 'run' blocks with: bash --noprofile --norc -eo pipefail {0}
    ProcessBuilder pb =
        new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", file.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("step.log").toFile());
    pb.environment().putAll(env);
    if (env.containsKey("MIGRATE_JAR")) {
      Files.createDirectories(Path.of(env.get("MIGRATE_JAR")).getParent());
      Files.copy(JAR, Path.of(env.get("MIGRATE_JAR")), StandardCopyOption.REPLACE_EXISTING);
    }
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    if (p.exitValue() != 0) {
      System.err.println(Files.readString(tmp.resolve("step.log")));
    }
    return p.exitValue();
  }

  private List<String> ghCalls() throws IOException {
    Path log = tmp.resolve("gh.log");
    return Files.exists(log)
        ? Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList()
        : List.of();
  }

  private static String git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), "git " + String.join(" ", args) + ": " + out);
    return out;
  }
}
