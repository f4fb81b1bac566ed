package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Field classes of ADR 0096 where the stop values are not spelled out at the branch: a comparison
 * with a constant declared in another file of the package, and a Python {@code Literal[...]} type
 * that closes the set of stop reasons. Each beside the case it must keep quiet.
 */
class StopValuesOutOfFileTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  /**
   * Before: the loop compared the stop reason with a constant of another file ({@code
   * ContentTypeToolUse}), so no stop value showed and nothing was reported.
   */
  @Test
  void goLoopOnAConstantOfAnotherFileIsReported() {
    String src =
        """
        package claude

        func (c *Client) Complete(req Request) (*Reply, error) {
        	body := Body{AnthropicVersion: "bedrock-2023-05-31", MaxTokens: req.MaxTokens}
        	resp, err := c.invoke(req.Model, &body)
        	if err != nil {
        		return nil, err
        	}
        	for turns := 0; resp.StopReason == BlockKindToolUse && turns < 5; turns++ {
        		resp, err = c.invoke(req.Model, &body)
        	}
        	return toReply(resp), nil
        }
        """;
    Finding f =
        t.one("claude/complete.go", src, 9, "stop_reason (Messages API) compared with tool_use");
    assertTrue(f.fix().contains("refusal"), f.fix());
    t.triggeredBy(src);
    String both =
        src.replace(
            "c.invoke(req.Model, &body)\n\tif",
            "c.invoke(req.Model, &body)\n\t_ = c.rt.Converse\n\tif");
    t.one("claude/complete.go", both, 10, "stopReason (Converse) compared with tool_use");
  }

  /** The same shapes with a switch, upper-case and prefixed names. */
  @Test
  void switchOnTheStopReasonWithConstantsOfAnotherFile() {
    String src =
        """
        package claude

        func finish(resp *Response) Finish {
        	switch resp.StopReason {
        	case ReasonEndTurn:
        		return Done
        	case STOP_REASON_MAX_TOKENS:
        		return Truncated
        	}
        	return Unknown
        }
        """;
    List<Finding> found = t.findings("claude/finish.go", src);
    assertTrue(!found.isEmpty(), found::toString);
    assertTrue(
        found.get(0).message().contains("handles end_turn, max_tokens but has no case"),
        found.get(0).message());
  }

  /**
   * Not reported: a constant declared in the file with another provider's value, a constant whose
   * name ends in no stop value, a name-only constant compared with something that is not the stop
   * reason, and a comparison with the end_turn constant (a refusal takes the other path).
   */
  @Test
  void constantsThatAreNoStopValuesOrThatSplitOffEndTurnStayQuiet() {
    t.none(
        "a.go",
        """
        package a
        const FinishToolUse = "tool_calls"
        func f(r *Resp) bool { return r.StopReason == FinishToolUse }
        """);
    t.none("b.go", "package b\nfunc f(r *Resp) bool { return r.StopReason == ReasonDone }\n");
    t.none("c.go", "package c\nfunc f(b *Block) bool { return b.Type == ContentTypeToolUse }\n");
    t.none("d.go", "package d\nfunc f(r *Resp) bool { return r.StopReason == StopEndTurn }\n");
  }

  /**
   * Before: a pydantic field typed {@code Literal["end_turn", "max_tokens", "stop_sequence"]} was
   * not seen: a response that stops with refusal fails validation, as with a closed enum.
   */
  @Test
  void aPythonLiteralOfStopReasonsWithoutRefusalIsAClosedSet() {
    String src =
        """
        from typing import Literal, Optional
        from pydantic import BaseModel

        class Reply(BaseModel):
            id: str
            stop_reason: Optional[Literal["end_turn", "max_tokens", "stop_sequence"]] = None
        """;
    Finding f =
        t.one("reply.py", src, 6, "Literal type of stop_reason lists the stop reasons", "refusal");
    assertTrue(f.fix().startsWith("Add refusal to Literal type of stop_reason"), f.fix());
    t.one("reply.py", src.replace("class Reply(BaseModel)", "class Reply(pydantic.BaseModel)"), 6);
  }

  /**
   * Not reported: the same Literal where nothing validates it at run time (a type alias used in
   * hints, a plain class's annotation, a parameter): a refusal passes a type hint.
   */
  @Test
  void aLiteralNothingValidatesIsOnlyAHint() {
    String literal = "Literal['end_turn', 'max_tokens', 'stop_sequence', 'tool_use']";
    t.none("alias.py", "ClaudeStop = " + literal + "\n");
    t.none(
        "plain.py",
        "class Handler(MessageStream):\n    stop_reason: Optional[" + literal + "] = None\n");
    t.none("param.py", "def finish(reason: " + literal + ") -> str:\n    return reason\n");
  }

  /**
   * Not reported: a Literal that lists refusal, one that names fewer than three stop values, one of
   * another provider's finish reasons, and one with a catch-all value.
   */
  @Test
  void openOrForeignLiteralsStayQuiet() {
    String model = "class R(BaseModel):\n    ";
    t.none(
        "a.py",
        model
            + "stop_reason: Literal['end_turn', 'max_tokens', 'stop_sequence', 'tool_use',"
            + " 'refusal']\n");
    t.none("b.py", model + "stop_reason: Literal['end_turn', 'max_tokens']\n");
    t.none(
        "c.py",
        model + "finish_reason: Literal['stop', 'length', 'tool_calls', 'content_filter']\n");
    t.none(
        "d.py", model + "stop_reason: Literal['end_turn', 'tool_use', 'max_tokens', 'unknown']\n");
  }

  /**
   * Before: a Go integer type whose constants are the stop reasons (decoded from JSON by a
   * generated {@code UnmarshalJSON}, as {@code enumer -json} writes) was not seen as a closed set.
   */
  @Test
  void aGoIntegerTypeOfStopReasonsWithoutRefusalIsAClosedSet() {
    String src =
        """
        package reply

        //go:generate enumer -type=Reason -linecomment -json
        type Reason uint8

        const (
        	ReasonEndTurn   Reason = iota // end_turn
        	ReasonMaxTokens               // max_tokens
        	ReasonToolUse                 // tool_use
        )

        type Reply struct {
        	StopReason Reason `json:"stop_reason"`
        }
        """;
    Finding f = t.one("reply.go", src, 4, "Reason lists the stop reasons", "refusal");
    assertTrue(f.fix().startsWith("Add refusal to Reason"), f.fix());
  }

  /**
   * Not reported: a Go string type of the same constants (any string decodes into it), and an
   * integer type whose constants list refusal or a catch-all.
   */
  @Test
  void aGoStringTypeOrAnOpenIntegerTypeStaysQuiet() {
    String members =
        "\nconst (\n\tStopReasonEndTurn StopReason = iota\n\tStopReasonMaxTokens\n"
            + "\tStopReasonToolUse\n";
    String closed = "package r\n\ntype StopReason int\n" + members + ")\n";
    t.one("i.go", closed, 3, "StopReason lists the stop reasons", "refusal");
    t.none("s.go", closed.replace("StopReason int", "StopReason string"));
    t.none("r.go", closed.replace(")\n", "\tStopReasonRefusal\n)\n"));
    t.none("u.go", closed.replace(")\n", "\tStopReasonUnknown\n)\n"));
  }
}
