package dev.claudemigrate.engine.apply;

import static dev.claudemigrate.engine.apply.Fixtures.NEW_ID;
import static dev.claudemigrate.engine.apply.Fixtures.OLD_ID;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RuleRewritesTest {
  /**
   * Replaces OLD_ID with {@code replacement}; with a replacement that contains OLD_ID it never
   * settles.
   */
  private record Replacing(String replacement) implements Rule {
    @Override
    public RuleInfo info() {
      return Fixtures.rule("model-id");
    }

    @Override
    public List<String> triggers(RuleContext ctx) {
      return List.of(OLD_ID);
    }

    @Override
    public List<Finding> check(SourceFile file, RuleContext ctx) {
      return Fixtures.modelIds(file).stream()
          .map(f -> Fixtures.edit(file, "model-id", f.span().start(), f.span().end(), replacement))
          .toList();
    }
  }

  @Test
  void passesForAnIdempotentRewrite() {
    RuleRewrites.assertRewrite(
        new Replacing(NEW_ID), "a.py", "M = '" + OLD_ID + "'\n", "M = '" + NEW_ID + "'\n");
  }

  @Test
  void failsForAWrongResultOrARewriteThatDoesNotSettle() {
    assertThrows(
        AssertionFailedError.class,
        () ->
            RuleRewrites.assertRewrite(
                new Replacing(NEW_ID), "a.py", "M = '" + OLD_ID + "'\n", "M = 'x'\n"));
    assertThrows(
        AssertionFailedError.class,
        () ->
            RuleRewrites.assertRewrite(
                new Replacing("x" + OLD_ID),
                "a.py",
                "M = '" + OLD_ID + "'\n",
                "M = 'x" + OLD_ID + "'\n"));
    assertThrows(
        AssertionFailedError.class,
        () ->
            RuleRewrites.assertRewrite(
                new Replacing("'"), "a.py", "M = '" + OLD_ID + "'\n", "M = '''\n"));
  }
}
