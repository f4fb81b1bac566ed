package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/** Step Functions Choice states on a stop reason, in JSON and YAML state machines. */
class StateMachineChoicesTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  private static final String JSON =
      """
      {
        "StartAt": "Ask",
        "States": {
          "Ask": {"Type": "Task", "Resource": "arn:aws:states:::bedrock:invokeModel", "Next": "Check"},
          "Check": {
            "Type": "Choice",
            "Choices": [
              {"Variable": "$.Body.stop_reason", "StringEquals": "tool_use", "Next": "Tools"},
              {"Variable": "$.Body.stop_reason", "StringEquals": "max_tokens", "Next": "More"}
            ],
            "Default": "Done"
          },
          "Tools": {"Type": "Pass", "End": true},
          "More": {"Type": "Pass", "End": true},
          "Done": {"Type": "Succeed"},
          "Refused": {"Type": "Fail", "Error": "Refused"}
        }
      }
      """;

  @Test
  void jsonPathChoiceWhoseDefaultSucceeds() {
    Finding f =
        t.one(
            "machine.asl.json",
            JSON,
            8,
            "Choice state on stop_reason (Messages API) handles tool_use, max_tokens",
            "no case for refusal",
            "default branch does not fail");
    assertTrue(f.fix().startsWith("Add a branch for \"refusal\""), f.fix());
    t.none("machine.asl.json", JSON.replace("\"Default\": \"Done\"", "\"Default\": \"Refused\""));
    t.none(
        "machine.asl.json",
        JSON.replace(
            "\"StringEquals\": \"max_tokens\", \"Next\": \"More\"",
            "\"StringEquals\": \"refusal\", \"Next\": \"Refused\""));
  }

  @Test
  void yamlConverseWithoutDefaultAndJsonata() {
    t.one(
        "statemachine.yaml",
        """
        StartAt: Converse
        States:
          Converse:
            Type: Task
            Resource: arn:aws:states:::aws-sdk:bedrockruntime:converse
            Next: Route
          Route:
            Type: Choice
            Choices:
              - Variable: $.StopReason
                StringEquals: tool_use
                Next: Tools
              - Variable: $.StopReason
                StringEquals: end_turn
                Next: Done
          Tools: {Type: Pass, End: true}
          Done: {Type: Succeed}
        """,
        10,
        "Choice state on stopReason (Converse) handles tool_use, end_turn",
        "content_filtered or guardrail_intervened");
    t.one(
        "jsonata.yaml",
        """
        States:
          Route:
            Type: Choice
            QueryLanguage: JSONata
            Choices:
              - Condition: "{% $states.input.Body.stop_reason = 'tool_use' %}"
                Next: Tools
            Default: Done
          Tools: {Type: Pass, End: true}
          Done: {Type: Succeed}
        """,
        6,
        "handles tool_use",
        "refusal");
    t.none(
        "other.yaml",
        """
        States:
          Route:
            Type: Choice
            Choices:
              - Variable: $.status
                StringEquals: end_turn
                Next: Done
          Done: {Type: Succeed}
        """);
  }
}
