package dev.claudemigrate.engine.apply;

import static dev.claudemigrate.engine.apply.Fixtures.OLD_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import dev.claudemigrate.report.MigrationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {
  private ApplyPlan plan() {
    SourceFile a =
        SourceFiles.fromText(
            "app/a.py", "A = '" + OLD_ID + "'\nB = '" + OLD_ID + "'\n# think step by step\n");
    List<Finding> fa = new ArrayList<>(Fixtures.modelIds(a));
    fa.add(
        Fixtures.manual(a, "prompt-style", "think step by step", "review | rewrite the <prompt>"));
    fa.add(Fixtures.replace(a, "zz-other", OLD_ID.substring(0, 9), "x"));
    SourceFile b = SourceFiles.fromText("b.yaml", "m: " + OLD_ID + "\n");
    return new ApplyPlanner()
        .plan(
            Fixtures.result(
                Path.of("/r"),
                List.of(new FileReport(a, fa), new FileReport(b, Fixtures.modelIds(b)))));
  }

  @Test
  void summaryListsChangesManualFollowUpsAndConflicts() {
    assertEquals(
        """
        2 files would change (3 fixes):
          app/a.py: model-id 2
          b.yaml: model-id 1
        Fixes by rule: model-id 3

        1 finding left for a person:
          app/a.py:3:3: [prompt-style] look at this
              why: review | rewrite the <prompt>

        1 fix not applied (edits overlap; run apply again after reviewing):
          app/a.py:1:6: [zz-other] not applied: its edit overlaps the edit of [model-id] at line 1, which was applied instead
        """,
        new SummaryRenderer().render(plan(), SummaryRenderer.Mode.PENDING));
    ApplyPlan none = plan().with(List.of(), List.of());
    assertEquals(
        "No files changed.\n",
        new SummaryRenderer()
            .render(
                new ApplyPlan(none.root(), "sonnet-4", List.of(), List.of(), List.of(), List.of()),
                SummaryRenderer.Mode.WRITTEN));
  }

  @Test
  void reportIsMarkdownWithAChecklistOfFollowUps() {
    assertEquals(
        """
        # Claude migration report

        Target: `sonnet-4`. The changes below were written.

        ## Summary

        | | |
        |---|---:|
        | Files changed | 2 |
        | Fixes applied | 3 |
        | Manual follow-ups | 1 |
        | Fixes not applied (overlapping edits) | 1 |
        | Files with errors | 0 |

        ## Changes

        | File | Rule | Fixes |
        |---|---|---:|
        | `app/a.py` | `model-id` | 2 |
        | `b.yaml` | `model-id` | 1 |

        ## Manual follow-ups

        - [ ] `app/a.py:3:3` **prompt-style**: look at this. Fix: review \\| rewrite the &lt;prompt>

        ## Fixes not applied (overlapping edits)

        - [ ] `app/a.py:1:6` **zz-other**: not applied: its edit overlaps the edit of [model-id] at line 1, which was applied instead. Fix: use x
        """,
        new MigrationReport().render(plan(), SummaryRenderer.Mode.WRITTEN));
  }
}
