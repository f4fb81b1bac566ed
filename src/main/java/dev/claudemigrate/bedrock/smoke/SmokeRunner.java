package dev.claudemigrate.bedrock.smoke;

import dev.claudemigrate.bedrock.ConverseCaller;
import dev.claudemigrate.bedrock.ConverseOutcome;
import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.Diagnosis.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailTrace;

/**
 * Runs the checks of a {@link SmokePlan} through a {@link ConverseCaller}, one result per check.
 */
public final class SmokeRunner {
  private final ConverseCaller caller;
  private final SmokePlan plan;
  private final Requests requests;

  public SmokeRunner(ConverseCaller caller, SmokePlan plan) {
    this.caller = caller;
    this.plan = plan;
    this.requests = new Requests(plan);
  }

  /** Runs every planned check; a failing check does not stop the others. */
  public SmokeReport run() {
    List<CheckResult> results = new ArrayList<>();
    for (SmokeCheck check : plan.checks()) {
      switch (check) {
        case BASIC -> plan.prompts().forEach(c -> results.add(basic(c)));
        case TOOLS -> results.add(new ToolsCheck(caller, plan, requests).run());
        case THINKING -> results.add(thinking());
        case GUARDRAIL -> results.add(guardrail());
      }
    }
    return new SmokeReport(plan.modelId(), plan.modelName(), plan.region(), results);
  }

  private CheckResult basic(PromptCase c) {
    String name = plan.prompts().size() == 1 ? "basic" : "basic:" + c.name();
    Tally tally = new Tally(name, SmokeCheck.BASIC, plan.price());
    ConverseOutcome o =
        tally.add(caller.converse(requests.turn(c, List.of(Requests.user(c.prompt()))).build()));
    return finalText(tally, o, c, null);
  }

  private CheckResult thinking() {
    PromptCase c = plan.prompts().get(0);
    Tally tally = new Tally("thinking", SmokeCheck.THINKING, plan.price());
    Optional<Diagnosis> local =
        ThinkingBudget.check(plan.thinkingBudget(), plan.maxTokens(), c.temperature(), c.topK());
    if (local.isPresent()) {
      return tally.fail(local.get());
    }
    ConverseOutcome o = tally.add(caller.converse(requests.thinking(c)));
    if (o.answered()
        && StopReasons.judge(o.stopReason(), "end_turn", null).isEmpty()
        && !o.hasReasoning()) {
      return tally.fail(
          new Diagnosis(
              Kind.UNEXPECTED_ANSWER,
              "the answer has no reasoningContent block",
              "check that additionalModelRequestFields.thinking reaches the model (type enabled, budget_tokens "
                  + plan.thinkingBudget()
                  + ")"));
    }
    return finalText(tally, o, c, null);
  }

  private CheckResult guardrail() {
    Tally tally = new Tally("guardrail", SmokeCheck.GUARDRAIL, plan.price());
    if (plan.guardrailId() == null) {
      return new CheckResult(
          "guardrail",
          SmokeCheck.GUARDRAIL,
          CheckResult.Status.SKIP,
          null,
          0,
          0,
          null,
          0,
          "no --guardrail-id given",
          null);
    }
    PromptCase c = plan.prompts().get(0);
    GuardrailConfiguration g =
        GuardrailConfiguration.builder()
            .guardrailIdentifier(plan.guardrailId())
            .guardrailVersion(plan.guardrailVersion())
            .trace(GuardrailTrace.ENABLED)
            .build();
    ConverseOutcome o =
        tally.add(
            caller.converse(
                requests.turn(c, List.of(Requests.user(c.prompt()))).guardrailConfig(g).build()));
    return finalText(tally, o, c, plan.guardrailId() + " version " + plan.guardrailVersion());
  }

  /**
   * Passes when the call answered with end_turn and non-empty text (containing the expected text).
   */
  static CheckResult finalText(Tally tally, ConverseOutcome o, PromptCase c, String guardrail) {
    if (!o.answered()) {
      return tally.fail(o.diagnosis());
    }
    Optional<Diagnosis> stop = StopReasons.judge(o.stopReason(), "end_turn", guardrail);
    if (stop.isPresent()) {
      String policies = o.guardrailActions();
      Diagnosis d = stop.get();
      return tally.fail(
          policies.isEmpty()
              ? d
              : new Diagnosis(d.kind(), d.message() + " (" + policies + ")", d.fix()));
    }
    String text = o.text().strip();
    if (text.isEmpty()) {
      return tally.fail(
          new Diagnosis(
              Kind.UNEXPECTED_ANSWER,
              "end_turn with no text",
              "rerun; check the prompt asks for an answer"));
    }
    if (c != null
        && c.expect() != null
        && !text.toLowerCase(Locale.ROOT).contains(c.expect().toLowerCase(Locale.ROOT))) {
      return tally.fail(
          new Diagnosis(
              Kind.UNEXPECTED_ANSWER,
              "the answer does not contain '" + c.expect() + "': " + shorten(text),
              "check the prompt: Claude Sonnet 4 follows instructions more literally than 3.5"));
    }
    return tally.pass("answered: " + shorten(text));
  }

  static String shorten(String text) {
    String one = text.replaceAll("\\s+", " ").strip();
    return one.length() > 80 ? one.substring(0, 77) + "..." : one;
  }
}
