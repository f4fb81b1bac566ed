package dev.claudemigrate.bedrock.smoke;

import dev.claudemigrate.bedrock.Content;
import dev.claudemigrate.bedrock.ContentBlocks;
import dev.claudemigrate.bedrock.ConverseCaller;
import dev.claudemigrate.bedrock.ConverseOutcome;
import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.Diagnosis.Kind;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultStatus;

/**
 * The tools check: asks the model to view a file with the text-editor tool, expects a {@code
 * toolUse} with the tool's (new) name and {@code command: view}, answers with the file content as a
 * {@code toolResult}, and expects a final text answer.
 */
final class ToolsCheck {
  static final String FILE = "/repo/README.md";
  static final String PROMPT =
      "Use the text editor tool to view the file " + FILE + ", then tell me its first line.";
  static final String CONTENT =
      "# claude-migrate smoke test\nThis file exists only for the tools check.\n";

  private final ConverseCaller caller;
  private final SmokePlan plan;
  private final Requests requests;

  ToolsCheck(ConverseCaller caller, SmokePlan plan, Requests requests) {
    this.caller = caller;
    this.plan = plan;
    this.requests = requests;
  }

  CheckResult run() {
    Tally tally = new Tally("tools", SmokeCheck.TOOLS, plan.price());
    Message ask = Requests.user(PROMPT);
    ConverseOutcome first = tally.add(caller.converse(requests.tools(List.of(ask))));
    if (!first.answered()) {
      return tally.fail(first.diagnosis());
    }
    Optional<Diagnosis> stop = StopReasons.judge(first.stopReason(), "tool_use", null);
    if (stop.isPresent()) {
      return tally.fail(stop.get());
    }
    Optional<Content.ToolUse> call = first.toolUses().stream().findFirst();
    Optional<Diagnosis> wrong = wrongCall(call);
    if (wrong.isPresent()) {
      return tally.fail(wrong.get());
    }
    Message result =
        Message.builder()
            .role(ConversationRole.USER)
            .content(
                ContentBlock.fromToolResult(
                    ToolResultBlock.builder()
                        .toolUseId(call.get().id())
                        .content(ToolResultContentBlock.fromText(CONTENT))
                        .status(ToolResultStatus.SUCCESS)
                        .build()))
            .build();
    ConverseOutcome second =
        tally.add(
            caller.converse(
                requests.tools(List.of(ask, ContentBlocks.assistant(first.content()), result))));
    CheckResult done = SmokeRunner.finalText(tally, second, null, null);
    return done.status() == CheckResult.Status.PASS
        ? tally.pass(
            "called "
                + plan.tool().name()
                + " view "
                + path(call.get())
                + ", then "
                + done.detail())
        : done;
  }

  private Optional<Diagnosis> wrongCall(Optional<Content.ToolUse> call) {
    String expected = "a toolUse named " + plan.tool().name() + " with command view";
    String fix =
        "the model did not call the tool under its new name: check the tool type/name pair"
            + (plan.tool().type() == null
                ? ""
                : " (" + plan.tool().type() + " goes with " + plan.tool().name() + ")")
            + " and that the app dispatches tool calls named "
            + plan.tool().name();
    if (call.isEmpty()) {
      return Optional.of(
          new Diagnosis(
              Kind.UNEXPECTED_ANSWER,
              "stopReason tool_use without a toolUse block; expected " + expected,
              fix));
    }
    String command = call.get().input().path("command").asText("");
    if (!plan.tool().name().equals(call.get().name()) || !command.equals("view")) {
      return Optional.of(
          new Diagnosis(
              Kind.UNEXPECTED_ANSWER,
              "expected "
                  + expected
                  + "; got "
                  + call.get().name()
                  + " with command '"
                  + command
                  + "'",
              fix));
    }
    return Optional.empty();
  }

  private static String path(Content.ToolUse call) {
    return call.input().path("path").asText("?");
  }
}
