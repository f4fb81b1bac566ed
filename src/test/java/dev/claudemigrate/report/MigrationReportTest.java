package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.apply.ApplyPlan;
import dev.claudemigrate.engine.apply.FileChange;
import dev.claudemigrate.engine.apply.SummaryRenderer.Mode;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFiles;
import dev.claudemigrate.engine.source.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MigrationReportTest {
  private static final SourceLinks GITHUB =
      new SourceLinks("https://github.com/octo/shop/blob/0123abc", "services/api");

  private static Finding manual(String path, int line, Severity severity, String rule) {
    return new Finding(
        rule,
        severity,
        path,
        new Span(0, 1, line, 5, line, 6),
        "claude-3-5-sonnet",
        "the model named here is retired on Bedrock and its calls fail",
        "move the call to the target model and compare the answers with `migrate eval` first",
        Context.CODE,
        false,
        List.of());
  }

  /** A plan with nothing rewritten and one follow-up. */
  private static ApplyPlan followUp(Finding f) {
    return new ApplyPlan(Path.of("/r"), "sonnet-4", List.of(), List.of(f), List.of(), List.of());
  }

  /** 1,000 follow-ups in 100 files, one in ten an error, and 1,500 rewritten files. */
  private static ApplyPlan big() {
    List<Finding> left = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      Severity s = i % 10 == 9 ? Severity.ERROR : Severity.WARNING;
      left.add(manual("src/module" + i % 100 + "/client.py", i + 1, s, "prompt-style"));
    }
    List<FileChange> changes =
        IntStream.range(0, 1_500)
            .mapToObj(
                i -> {
                  String path = "src/pkg" + i + "/config.yaml";
                  Finding f = manual(path, 1, Severity.WARNING, "model-id");
                  return new FileChange(SourceFiles.fromText(path, "m: x\n"), "m: y\n", List.of(f));
                })
            .toList();
    return new ApplyPlan(Path.of("/r"), "sonnet-4", changes, left, List.of(), List.of());
  }

  @Test
  void aThousandFollowUpsStayUnderTheBudgetMostSevereFirstAndCountWhatIsLeftOut() {
    String md = new MigrationReport().render(big(), Mode.WRITTEN);
    assertTrue(md.length() < 60_000, "length " + md.length());
    assertTrue(md.length() > 50_000, "uses the room it has: " + md.length());
    assertTrue(md.contains("| Manual follow-ups | 1000 |"), md);
    int shown = count(md, "(?m)^- \\[ \\] ");
    assertTrue(shown > 100 && shown < 1_000, "shown " + shown);
    assertTrue(
        md.contains(
            "... and "
                + (1_000 - shown)
                + " more ("
                + (1_000 - shown)
                + " warnings) not shown to keep this report short. The full list is in the SARIF"
                + " or JSON report: `migrate scan --format sarif -o migrate.sarif`"),
        "all 100 errors come first, only warnings are left out: "
            + md.substring(md.length() - 600));
    assertTrue(
        md.contains("## Manual follow-ups\n\n- [ ] `src/module9/client.py:10:5` "),
        "the first error comes first: " + md);
    assertTrue(md.contains("\n| `src/pkg0/config.yaml` | `model-id` | 1 |\n"), md);
    assertTrue(
        md.matches("(?s).*\\.\\.\\. and \\d+ more fixes in \\d+ more file-and-rule rows.*"),
        "the change table is cut and counted too");
    assertTrue(md.endsWith("\n") && !md.endsWith("\n\n"));
  }

  @Test
  void severalRootsShareTheBudgetAndASmallRootLeavesItsShareToTheLargeOnes() {
    ApplyPlan small = followUp(manual("app.py", 3, Severity.ERROR, "model-id"));
    List<ApplyPlan> plans = List.of(big(), small, big());
    List<String> parts =
        SharedBudget.render(
            SharedBudget.CHARS,
            plans.stream()
                .map(
                    p ->
                        (IntFunction<String>)
                            b -> new MigrationReport(b, GITHUB).render(p, Mode.PENDING))
                .toList());
    int total = parts.stream().mapToInt(String::length).sum();
    assertTrue(total <= SharedBudget.CHARS, "total " + total);
    assertEquals(new MigrationReport(60_000, GITHUB).render(small, Mode.PENDING), parts.get(1));
    for (int i : new int[] {0, 2}) {
      assertTrue(
          parts.get(i).length() > SharedBudget.CHARS / 3,
          "large root " + i + " " + parts.get(i).length());
      assertTrue(parts.get(i).contains("more"), "the large roots are cut and counted");
    }
  }

  @Test
  void linksGoToTheCommitWhenTheLinksAreAbsolute() {
    ApplyPlan plan = followUp(manual("app/a b.py", 3, Severity.WARNING, "prompt-style"));
    String md = new MigrationReport(60_000, GITHUB).render(plan, Mode.WRITTEN);
    assertTrue(
        md.contains(
            "- [ ] [`app/a b.py:3:5`](https://github.com/octo/shop/blob/0123abc/services/api/app/a%20b.py#L3)"
                + " **prompt-style**: "),
        md);
    String plain = new MigrationReport().render(plan, Mode.WRITTEN);
    assertTrue(plain.contains("- [ ] `app/a b.py:3:5` **prompt-style**: "), plain);
    assertFalse(plain.contains("]("), "relative places stay plain text, as before");
  }

  @Test
  void inlineCodeSurvivesBackticks() {
    assertEquals("`` a`b ``".replace(" ", ""), MigrationReport.code("a`b"));
    assertEquals("`` `x` ``", MigrationReport.code("`x`"));
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
