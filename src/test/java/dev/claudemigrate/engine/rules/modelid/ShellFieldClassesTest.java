package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.MigrationSettings;
import dev.claudemigrate.engine.rule.RewriteTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shell field classes of ADR 0096: a multi-line quoted value or an array that lists many models is
 * a catalog, and a script named as a test runner is test code. Each beside the case it must keep.
 */
class ShellFieldClassesTest {
  private final RewriteTester on46 =
      new RewriteTester(new ModelIdRule(), MigrationSettings.defaults(), "sonnet-4.6");

  private static final String LIST =
      """
      us.amazon.nova-micro-v1:0
      us.amazon.nova-lite-v1:0
      us.anthropic.claude-3-5-sonnet-20240620-v1:0
      us.anthropic.claude-3-opus-20240229-v1:0
      us.meta.llama3-2-90b-instruct-v1:0
      mistral.mistral-small-2402-v1:0
      cohere.command-r-v1:0""";

  /**
   * Before: the shell context map has no string literals, so a multi-line quoted value listing
   * seven models was not a catalog and its Sonnet entry was rewritten.
   */
  @Test
  void aMultiLineQuotedListOfModelsIsACatalog() {
    String text =
        "#!/bin/bash\n# what the stack accepts\nACCEPTED=\""
            + LIST
            + "\"\n"
            + "for m in $ACCEPTED; do echo \"$m\"; done\n";
    List<Finding> f = on46.findings("infra/setup.sh", text);
    assertTrue(!f.isEmpty(), f::toString);
    assertTrue(f.stream().noneMatch(Finding::fixable), f::toString);
    assertTrue(f.stream().allMatch(x -> x.severity() == Severity.INFO), f::toString);
  }

  /** The same in single quotes with {@code export}, and a bash array over several lines. */
  @Test
  void singleQuotesAndArraysCountToo() {
    on46.reportsOnly("a.sh", "export ACCEPTED='" + LIST + "'\n", 2);
    String array = "ACCEPTED=(\n  \"" + LIST.replace("\n", "\"\n  \"") + "\"\n)\n";
    on46.reportsOnly("b.sh", array, 2);
  }

  /** A model chosen by the same script below the list is still a use, and still rewritten. */
  @Test
  void aChoiceBesideTheListIsStillRewritten() {
    String list = "ACCEPTED=\"" + LIST + "\"\n";
    String before = list + "SELECTED=\"us.anthropic.claude-3-5-sonnet-20240620-v1:0\"\n";
    String after = list + "SELECTED=\"us.anthropic.claude-sonnet-4-6\"\n";
    on46.rewrites("setup.sh", before, after);
  }

  /**
   * A multi-line value that names one model (a request body) is no catalog, and an apostrophe in a
   * heredoc does not open a string that would swallow the lines after it.
   */
  @Test
  void aMultiLineBodyWithOneModelAndHeredocProseAreNoCatalogs() {
    String body = "BODY='{\n  \"modelId\": \"us.anthropic.claude-3-5-sonnet-20240620-v1:0\"\n}'\n";
    on46.rewrites(
        "invoke.sh", body, body.replace("claude-3-5-sonnet-20240620-v1:0", "claude-sonnet-4-6"));
    String heredoc =
        "cat <<EOF\nIt's the list below.\nEOF\nX=\"a\"\nSELECTED=\"us.anthropic.claude-3-5-sonnet-20240620-v1:0\"\n"
            + "# "
            + LIST.replace("\n", " ")
            + "\n";
    List<Finding> f = on46.findings("h.sh", heredoc);
    assertTrue(f.get(0).fixable(), f::toString);
  }

  /**
   * Before: a test runner's exported default model (for tests that call Bedrock) was rewritten. A
   * script named as a test runner is test code: its model is reported. A script that checks access
   * by hand ({@code test-bedrock-access.sh}) is not a runner and keeps its rewrite.
   */
  @Test
  void aTestRunnerScriptIsReportedAnAccessCheckIsRewritten() {
    String line = "export MODEL_ID=\"us.anthropic.claude-3-5-sonnet-20241022-v2:0\"\n";
    for (String runner :
        List.of("scripts/run-tests.sh", "run_tests.sh", "ci/run_all_tests.sh", "test.sh")) {
      List<Finding> f = on46.reportsOnly(runner, line, 1);
      assertTrue(f.get(0).test(), runner);
    }
    on46.rewrites(
        "scripts/test-bedrock-access.sh",
        line,
        line.replace("claude-3-5-sonnet-20241022-v2:0", "claude-sonnet-4-6"));
    on46.rewrites(
        "scripts/run-tests-report.sh",
        line,
        line.replace("claude-3-5-sonnet-20241022-v2:0", "claude-sonnet-4-6"));
  }
}
