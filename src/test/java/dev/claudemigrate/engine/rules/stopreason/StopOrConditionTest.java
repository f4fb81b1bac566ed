package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rule.ReportTester;
import org.junit.jupiter.api.Test;

/**
 * A comparison with end_turn or-ed with a condition that does not test the stop reason lets a
 * refusal take the end_turn path whenever that condition holds; anthropic-sdk-go's older constant
 * names ({@code MessageStopReasonEndTurn}) are stop values like {@code StopReasonEndTurn}.
 */
class StopOrConditionTest {
  private final ReportTester t = new ReportTester(new StopReasonRule());

  private static final String GO =
      """
      package chat

      import "github.com/anthropics/anthropic-sdk-go"

      func loop(msg anthropic.Message, more bool) bool {
      	if msg.StopReason == anthropic.MessageStopReasonEndTurn || !more {
      		return true
      	}
      	return false
      }
      """;

  @Test
  void anOrWithAnotherConditionLetsARefusalFinishAsAnAnswer() {
    Finding f = t.one("chat.go", GO, 6, "refusal");
    assertTrue(f.message().contains("whenever the other side of the 'or' holds"), f.message());
    assertTrue(f.fix().contains("anthropic.MessageStopReasonRefusal"), f.fix());
    t.one(
        "chat.py",
        """
        import anthropic
        def done(resp, calls):
            if resp.stop_reason == "end_turn" or not calls:
                return True
            return False
        """,
        3,
        "refusal");
  }

  @Test
  void olderSdkConstantNamesAreStopValues() {
    t.one("chat.go", GO.replace("MessageStopReasonEndTurn", "StopReasonEndTurn"), 6);
    t.one("chat.go", GO.replace("MessageStopReasonEndTurn", "MessageDeltaStopReasonEndTurn"), 6);
    t.none("chat.go", GO.replace("MessageStopReasonEndTurn", "MessageStopReasonEndTurnish"));
  }

  @Test
  void withoutTheOrOrWithAnotherStopTestEndTurnKeepsARefusalApart() {
    t.none("chat.go", GO.replace(" || !more", ""));
    t.none("chat.go", GO.replace("!more", "msg.StopReason == anthropic.MessageStopReasonRefusal"));
    t.none("chat.go", GO.replace("==", "!="));
  }
}
