package dev.claudemigrate.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rules.betaheader.BetaHeaderRule;
import dev.claudemigrate.engine.rules.modelid.ModelIdRule;
import dev.claudemigrate.engine.rules.texteditor.TextEditorToolRule;
import dev.claudemigrate.engine.source.Context;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Model IDs, tool versions and betas in comments are information and never rewritten: a comment may
 * name an old value on purpose (the version for another model, an example input of a helper), and
 * nothing in a comment reaches a request. The live value beside it is still rewritten.
 */
class CommentPlacementTest {

  private static void onlyInformation(List<Finding> found, int commentLine) {
    List<Finding> inComment = found.stream().filter(f -> f.span().line() == commentLine).toList();
    assertTrue(!inComment.isEmpty(), "the comment is still reported: " + found);
    for (Finding f : inComment) {
      assertEquals(Context.COMMENT, f.context(), f.toString());
      assertEquals(Severity.INFO, f.severity(), f.toString());
      assertTrue(!f.fixable(), "a comment is never rewritten: " + f);
    }
  }

  @Test
  void aToolVersionNamedForAnotherModelInACommentStays() {
    RewriteTester t = new RewriteTester(new TextEditorToolRule());
    String before =
        """
        # For Claude 3.5 Sonnet the editor is "text_editor_20241022"; 3.7 takes the one below.
        TOOLS = [{"type": "text_editor_20250124", "name": "str_replace_editor"}]
        """;
    String after =
        """
        # For Claude 3.5 Sonnet the editor is "text_editor_20241022"; 3.7 takes the one below.
        TOOLS = [{"type": "text_editor_20250728", "name": "str_replace_based_edit_tool"}]
        """;
    onlyInformation(t.rewrites("edit.py", before, after), 1);
  }

  @Test
  void aModelIdAsADocCommentExampleStays() {
    RewriteTester t = new RewriteTester(new ModelIdRule());
    String src =
        """
        /**
         * Drops the region: 'eu.anthropic.claude-3-5-sonnet-20240620-v1:0' becomes
         * 'anthropic.claude-3-5-sonnet-20240620-v1:0'.
         */
        export function baseId(id: string): string {
          return id.replace(/^(us|eu|apac)\\./, '')
        }
        """;
    List<Finding> found = t.findings("models.ts", src);
    onlyInformation(found, 2);
    onlyInformation(found, 3);
    assertEquals(src, RewriteTester.apply(src, found));
  }

  @Test
  void aBetaInACommentStays() {
    RewriteTester t = new RewriteTester(new BetaHeaderRule());
    String src =
        """
        # we used to send "computer-use-2024-10-22" here
        HEADERS = {"x": "y"}
        """;
    List<Finding> found = t.findings("agent.py", src);
    assertEquals(src, RewriteTester.apply(src, found));
    found.forEach(f -> assertEquals(Severity.INFO, f.severity(), f.toString()));
  }
}
