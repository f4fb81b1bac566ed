package dev.claudemigrate.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.rule.RewriteTester;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rules.modelid.ModelIdRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants every built-in rule keeps, whoever wrote it. */
class BuiltinRulesTest {
  private final RuleContext ctx = new RewriteTester(new ModelIdRule()).context();

  static Stream<Rule> rules() {
    return BuiltinRules.all().stream();
  }

  @Test
  void everyRuleIsRegisteredOnceAndEveryPageHasItsRule() throws IOException {
    List<String> ids = BuiltinRules.all().stream().map(Rule::id).toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
    try (Stream<Path> pages = Files.list(Path.of("docs/rules"))) {
      List<String> documented =
          pages
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
              .map(n -> n.substring(0, n.length() - 3))
              .sorted()
              .toList();
      assertEquals(ids.stream().sorted().toList(), documented, "one page per rule, no stale page");
    }
  }

  @ParameterizedTest
  @MethodSource("rules")
  void everyRuleHasDataADocsPageAndTriggers(Rule r) {
    RuleInfo info = r.info();
    assertTrue(info.id().matches("[a-z]+(-[a-z]+)*"), info.id());
    assertFalse(info.message().isBlank(), info.id());
    assertTrue(info.explanation().length() > info.message().length(), info.id());
    assertTrue(info.docsUrl().endsWith("/docs/rules/" + info.id() + ".md"), info.docsUrl());
    assertFalse(r.triggers(ctx).isEmpty(), info.id());
    assertTrue(r.triggers(ctx).stream().noneMatch(String::isEmpty), info.id());
  }

  /** The words come from the page; the page must also state the behaviour the code has. */
  @ParameterizedTest
  @MethodSource("rules")
  void thePageStatesTheRulesCategorySeverityAndFixability(Rule r) throws IOException {
    RuleInfo info = r.info();
    String page = Files.readString(Path.of("docs/rules", info.id() + ".md"));
    String head = String.join("\n", page.lines().limit(16).toList()).toLowerCase(Locale.ROOT);
    assertTrue(
        page.startsWith("---\nsummary: " + info.message() + "\n---\n# " + info.id()), info.id());
    assertTrue(head.contains(info.category().id()), info.id() + " page names its category");
    assertTrue(head.contains(info.severity().id()), info.id() + " page names its severity");
    assertTrue(
        head.contains(info.fixable() ? "yes" : "no"),
        info.id() + " page says whether it is fixable");
  }
}
