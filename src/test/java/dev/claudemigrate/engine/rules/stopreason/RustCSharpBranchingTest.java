package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 0104. Before: a Rust {@code match} and a C# {@code switch} (statement or expression) on a
 * stop reason were not judged, nor a Rust enum serde decodes a response into, nor a C# enum; only
 * single comparisons were. Now they are judged like a Java or Go switch: a closed set without a
 * refusal case and without a catch-all is reported.
 */
class RustCSharpBranchingTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  private static final String RUST_CONVERSE_MATCH =
      """
      use aws_sdk_bedrockruntime::types::StopReason;

      async fn turn(client: &Client) -> Result<Turn> {
          let out = client.converse().model_id(MODEL).send().await?;
          match out.stop_reason() {
              StopReason::EndTurn => Ok(Turn::Done(text(&out))),
              StopReason::ToolUse => Ok(Turn::Tools(calls(&out))),
              StopReason::MaxTokens => Ok(Turn::Truncated),
          }
      }
      """;

  @Test
  void aRustMatchOnTheSdkStopReasonWithoutRefusalOrCatchAllIsReported() {
    List<Finding> found =
        t.at(
                    "src/chat.rs",
                    RUST_CONVERSE_MATCH,
                    List.of(5, 6, 7, 8),
                    "match on stopReason (Converse) handles end_turn, tool_use, max_tokens",
                    "no case for content_filtered or guardrail_intervened and no default")
                .equals(null)
            ? List.of()
            : t.findings("src/chat.rs", RUST_CONVERSE_MATCH);
    assertTrue(found.get(0).fix().contains("StopReason::ContentFiltered"), found.get(0).fix());
  }

  @Test
  void aRustMatchWithACatchAllArmOrARefusalArmIsQuiet() {
    t.none(
        "src/chat.rs",
        RUST_CONVERSE_MATCH.replace(
            "StopReason::MaxTokens => Ok(Turn::Truncated),",
            "StopReason::MaxTokens => Ok(Turn::Truncated),\n        _ => Err(anyhow!(\"stop\")),"));
    t.none(
        "src/chat.rs",
        RUST_CONVERSE_MATCH.replace(
            "StopReason::MaxTokens => Ok(Turn::Truncated),",
            "StopReason::ContentFiltered | StopReason::GuardrailIntervened => Err(refused()),"));
    // A guarded wildcard is no catch-all: it still lets other values through the match.
    t.at(
        "src/chat.rs",
        RUST_CONVERSE_MATCH.replace(
            "StopReason::MaxTokens => Ok(Turn::Truncated),",
            "other if other.as_str() == \"x\" => Ok(Turn::Truncated),"),
        List.of(5, 6, 7),
        "match on stopReason (Converse) handles end_turn, tool_use");
  }

  @Test
  void aRustMatchOnTheMessagesStringNeedsARefusalArm() {
    String rust =
        """
        fn finish(body: &Value) -> String {
            let stop_reason = body["stop_reason"].as_str().unwrap_or("");
            match stop_reason {
                "end_turn" => text(body),
                "tool_use" => run_tools(body),
                _ => text(body),
            }
        }
        """;
    t.at(
        "src/invoke.rs",
        rust,
        List.of(3, 4, 5),
        "match on stop_reason (Messages API) handles end_turn, tool_use but has no case for refusal",
        "its default branch does not fail");
    t.none(
        "src/invoke.rs",
        rust.replace("_ => text(body),", "_ => panic!(\"unexpected stop {stop_reason}\"),"));
    t.none(
        "src/invoke.rs",
        rust.replace(
            "\"tool_use\" => ", "\"refusal\" => return refused(body),\n        \"tool_use\" => "));
  }

  @Test
  void rustIfLetChainsAreOneDispatch() {
    String rust =
        """
        fn step(out: &ConverseOutput) {
            if let StopReason::ToolUse = out.stop_reason() {
                run_tools(out);
            } else if let StopReason::EndTurn = out.stop_reason() {
                finish(out);
            }
        }
        """;
    t.at(
        "src/run.rs",
        rust,
        List.of(2, 4),
        "if on stopReason (Converse) handles tool_use, end_turn");
    t.none(
        "src/run.rs",
        rust.replace(
            "finish(out);\n    }", "finish(out);\n    } else {\n        bail!(\"stop\");\n    }"));
  }

  @Test
  void aRustEnumSerdeDecodesIntoIsAClosedSetUnlessItHasAnOtherVariant() {
    String rust =
        """
        #[derive(Debug, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum StopReason {
            EndTurn,
            MaxTokens,
            StopSequence,
            ToolUse,
        }
        """;
    t.one(
        "src/types.rs",
        rust,
        3,
        "StopReason lists the stop reasons end_turn, max_tokens, stop_sequence, tool_use but not"
            + " refusal",
        "cannot be decoded into this enum");
    t.none(
        "src/types.rs",
        rust.replace(
            "    ToolUse,\n", "    ToolUse,\n    Refusal,\n    ModelContextWindowExceeded,\n"));
    t.none(
        "src/types.rs",
        rust.replace("    ToolUse,\n", "    ToolUse,\n    #[serde(other)]\n    Unknown,\n"));
    // Not decoded by serde: built by code that maps the string, which the branches there judge.
    t.none(
        "src/types.rs", rust.replace("#[derive(Debug, Deserialize)]", "#[derive(Debug, Clone)]"));
  }

  private static final String CSHARP_SWITCH =
      """
      using Amazon.BedrockRuntime;

      public string Finish(ConverseResponse response)
      {
          switch (response.StopReason.Value)
          {
              case "end_turn":
                  return Text(response);
              case "tool_use":
              case "max_tokens":
                  return RunTools(response);
          }
          return "";
      }
      """;

  @Test
  void aCSharpSwitchStatementWithoutRefusalOrDefaultIsReported() {
    t.at(
        "Chat.cs",
        CSHARP_SWITCH,
        List.of(5, 7, 9, 10),
        "switch on stopReason (Converse) handles end_turn, tool_use, max_tokens",
        "no case for content_filtered or guardrail_intervened and no default");
    t.none(
        "Chat.cs",
        CSHARP_SWITCH.replace(
            "return RunTools(response);\n",
            "return RunTools(response);\n        default:\n            throw new RefusedException();\n"));
    t.none(
        "Chat.cs",
        CSHARP_SWITCH.replace(
            "case \"max_tokens\":", "case \"max_tokens\":\n        case var other:"));
  }

  @Test
  void aCSharpSwitchExpressionIsJudgedLikeASwitch() {
    String cs =
        """
        public string Finish(ConverseResponse response) =>
            response.StopReason.Value switch
            {
                "end_turn" => Text(response),
                "tool_use" => RunTools(response),
                var r when r == "max_tokens" => Truncated(),
            };
        """;
    t.at("Chat.cs", cs, List.of(2, 4, 5, 6), "switch on stopReason (Converse) handles end_turn");
    t.none(
        "Chat.cs",
        cs.replace("var r when r == \"max_tokens\" => Truncated(),", "_ => Truncated(),"));
    t.none(
        "Chat.cs",
        cs.replace(
            "\"tool_use\" => RunTools(response),",
            "\"tool_use\" => RunTools(response),\n        \"content_filtered\" or \"guardrail_intervened\" => throw new Refused(),"));
  }

  @Test
  void aCSharpEnumWithJsonNamesIsAClosedSet() {
    String cs =
        """
        [JsonConverter(typeof(JsonStringEnumConverter<StopReason>))]
        public enum StopReason
        {
            [JsonStringEnumMemberName("end_turn")] EndTurn,
            [JsonStringEnumMemberName("max_tokens")] MaxTokens,
            [EnumMember(Value = "tool_use")] ToolUse,
        }
        """;
    t.one("Messages.cs", cs, 2, "StopReason lists the stop reasons end_turn, max_tokens, tool_use");
    t.none(
        "Messages.cs",
        cs.replace(
            "ToolUse,\n",
            "ToolUse,\n    [JsonStringEnumMemberName(\"refusal\")] Refusal,\n    [JsonStringEnumMemberName(\"model_context_window_exceeded\")] ModelContextWindowExceeded,\n"));
    t.none("Messages.cs", cs.replace("ToolUse,\n", "ToolUse,\n    Unknown,\n"));
  }

  @Test
  void rustLetConditionsAndMatchesAreComparisons() {
    // Before: neither was read; a tool loop on `while let` lets a refusal end it as an answer.
    String rust =
        """
        async fn run(client: &Client) -> Result<String> {
            let mut out = client.converse().send().await?;
            while matches!(out.stop_reason(), StopReason::ToolUse) {
                out = step(client, &out).await?;
            }
            Ok(text(&out))
        }
        """;
    t.one("src/agent.rs", rust, 3, "stopReason (Converse) compared with tool_use");
    t.one(
        "src/agent.rs",
        rust.replace(
            "while matches!(out.stop_reason(), StopReason::ToolUse) {",
            "while let StopReason::ToolUse = out.stop_reason() {"),
        3,
        "stopReason (Converse) compared with tool_use");
    // An end_turn test sends everything else, a refusal included, the other way.
    t.none("src/agent.rs", rust.replace("StopReason::ToolUse) {", "StopReason::EndTurn) {"));
  }

  @Test
  void aRustIfWhoseElseReturnsAnErrorGivesARefusalAPathOfItsOwn() {
    // Before: a Rust if's else was not read, so its failing path did not count.
    String rust =
        """
        fn answer(out: &ConverseOutput) -> Result<String> {
            if out.stop_reason() == &StopReason::ToolUse {
                run_tools(out)
            } else {
                log(out);
            }
            Ok(text(out))
        }
        """;
    t.one("src/agent.rs", rust, 2, "compared with tool_use");
    t.none("src/agent.rs", rust.replace("log(out);", "return Err(anyhow!(\"stopped\"));"));
  }

  private static final String CSHARP_CONTINUE =
      """
      public bool Continue(ConverseResponse r)
      {
          return r.StopReason == StopReason.Tool_use;
      }
      """;

  @Test
  void aCSharpIsPatternIsAComparison() {
    String cs = CSHARP_CONTINUE.replace("== StopReason.Tool_use", "is \"tool_use\"");
    t.one("Agent.cs", cs, 3, "stopReason (Converse) compared with tool_use");
    t.none("Agent.cs", cs.replace("is \"tool_use\"", "is not \"end_turn\""));
  }

  @Test
  void theAdviceSpellsDotNetConstantsAsTheSdkDoes() {
    // Before: StopReason.ContentFiltered, a name the AWS SDK for .NET does not have.
    Finding f = t.one("Agent.cs", CSHARP_CONTINUE, 3, "compared with tool_use");
    assertTrue(f.fix().contains("StopReason.Content_filtered"), f.fix());
    assertTrue(f.fix().contains("StopReason.End_turn"), f.fix());
  }
}
