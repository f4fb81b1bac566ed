package dev.claudemigrate.engine;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A test rule: reports every occurrence of its trigger and remembers which files it was run on. */
final class FakeRule implements Rule {
  final Set<String> checked = ConcurrentHashMap.newKeySet();
  private final RuleInfo info;
  private final String trigger;
  private final boolean crash;

  FakeRule(String id, String trigger) {
    this(id, trigger, false);
  }

  private FakeRule(String id, String trigger, boolean crash) {
    this.info =
        new RuleInfo(id, Category.MODEL_ID, Severity.WARNING, false, "found " + trigger, "", "");
    this.trigger = trigger;
    this.crash = crash;
  }

  /** A rule that throws on every file it runs on. */
  static FakeRule crashing(String id, String trigger) {
    return new FakeRule(id, trigger, true);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  @Override
  public List<String> triggers(RuleContext ctx) {
    return List.of(trigger);
  }

  @Override
  public List<Finding> check(SourceFile file, RuleContext ctx) {
    checked.add(file.path());
    if (crash) {
      throw new IllegalStateException("boom\nsecond line");
    }
    List<Finding> out = new ArrayList<>();
    String region = ctx.projectRegion().orElse("none");
    for (int i = file.text().indexOf(trigger); i >= 0; i = file.text().indexOf(trigger, i + 1)) {
      out.add(Findings.at(info, file, i, i + trigger.length(), "region " + region, "", List.of()));
    }
    return out;
  }
}
