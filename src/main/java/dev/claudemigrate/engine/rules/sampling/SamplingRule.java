package dev.claudemigrate.engine.rules.sampling;

import dev.claudemigrate.catalog.Level;
import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.ReportRule;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Mappings;
import dev.claudemigrate.engine.syntax.structure.Member;
import dev.claudemigrate.engine.syntax.structure.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reports {@code temperature} and {@code top_p} set together on one Claude request object, as
 * seriously as the target's {@code samplingTogether} says (the info's severity is that of the
 * default target).
 */
public final class SamplingRule extends ReportRule {
  static final String ID = "sampling";
  private static final Pattern NUMERIC = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final RuleInfo INFO = RuleDocs.info(ID, Category.BEHAVIOUR, Severity.ERROR, false);

  public SamplingRule() {
    super(INFO, List.of("top_p", "topP", "TopP"));
  }

  @Override
  protected List<Finding> find(SourceFile file, RuleContext ctx) {
    if (!ReportRule.mentionsClaude(file) || OtherProviderFunction.wholeFile(file)) {
      return Rule.none();
    }
    List<Finding> out = new ArrayList<>();
    for (Mapping m : Mappings.of(file)) {
      Optional<Member> temperature = m.member("temperature").filter(t -> isSetting(t.value()));
      Optional<Member> topP = m.member("top_p").filter(t -> isSetting(t.value()));
      if (temperature.isPresent()
          && topP.isPresent()
          && !ReportRule.inProse(file, topP.get().keyStart())
          && !OtherProviderBranch.covers(file, topP.get().keyStart())
          && !OtherProviderFunction.covers(file, topP.get().keyStart())
          && !OtherProviderBody.is(file, m)) {
        out.add(finding(file, ctx, temperature.get(), topP.get()));
      }
    }
    return ReportRule.distinct(out);
  }

  /**
   * Whether a value can be a sampling setting: a number, a numeric string, or an expression. An
   * object or a word is not: {@code topP: {label: 'Top-p'}} in a translation table, {@code
   * temperature: 'Temperature'} in a form, a schema entry describing the field.
   */
  static boolean isSetting(Value v) {
    return switch (v.kind()) {
      case NUMBER, OTHER -> true;
      case STRING -> NUMERIC.matcher(v.text().strip()).matches();
      case NULL, BOOLEAN, OBJECT -> false;
    };
  }

  /**
   * How serious the pair is comes from the target's {@code samplingTogether}: an error where the
   * target model rejects it, a warning where the sources disagree.
   */
  private static Finding finding(
      SourceFile file, RuleContext ctx, Member temperature, Member topP) {
    int line = file.span(temperature.keyStart(), temperature.keyEnd()).line();
    Level level = ctx.target().behaviour().samplingTogether();
    String target = ctx.targetModel().name();
    String verdict =
        level == Level.ERROR
            ? target + " rejects the pair (HTTP 400 ValidationException)"
            : "for " + target + " the sources disagree whether the pair is accepted";
    String message =
        "'"
            + topP.key()
            + "' is set together with '"
            + temperature.key()
            + "' (line "
            + line
            + ") on one request: "
            + verdict;
    String fix =
        "Send only one of them: remove '"
            + topP.key()
            + "' and tune '"
            + temperature.key()
            + "' alone (or the reverse).";
    // Test code builds requests to check code, not to send them: information, as for budgets.
    Severity severity = file.isTestAt(topP.keyStart()) ? Severity.INFO : Severity.of(level);
    return Findings.at(
        INFO, severity, file, topP.keyStart(), topP.keyEnd(), message, fix, List.of());
  }
}
