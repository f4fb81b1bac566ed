package dev.claudemigrate.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rules.modelid.ModelIdRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltinRulesTest {
  private final RuleContext ctx = new RewriteTester(new ModelIdRule()).context();

  private static final List<String> MINE =
      List.of("model-id", "text-editor-tool", "undo-edit", "beta-header");

  @Test
  void theFourIdRulesAreRegisteredOnce() {
    List<String> ids = BuiltinRules.all().stream().map(Rule::id).toList();
    assertTrue(ids.containsAll(MINE), ids.toString());
    assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
  }

  @Test
  void everyRuleHasDataADocsPageAndTriggers() {
    for (Rule r : BuiltinRules.all().stream().filter(r -> MINE.contains(r.id())).toList()) {
      RuleInfo info = r.info();
      assertTrue(info.id().matches("[a-z]+(-[a-z]+)*"), info.id());
      assertFalse(info.message().isBlank(), info.id());
      assertTrue(info.explanation().length() > info.message().length(), info.id());
      assertTrue(info.docsUrl().endsWith("/docs/rules/" + info.id() + ".md"), info.docsUrl());
      assertTrue(
          Files.isRegularFile(Path.of("docs/rules", info.id() + ".md")),
          "docs page of " + info.id());
      assertFalse(r.triggers(ctx).isEmpty(), info.id());
      assertTrue(r.triggers(ctx).stream().noneMatch(String::isEmpty), info.id());
    }
  }
}
