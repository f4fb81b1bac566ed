package dev.claudemigrate.engine.rules.stopreason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StopReasonCheckTest {

  @ParameterizedTest
  @CsvSource({
    "END_TURN, end_turn",
    "EndTurn, end_turn",
    "StopReasonEndTurn, end_turn",
    "MessageStopReasonEndTurn, end_turn",
    "MessageDeltaStopReasonToolUse, tool_use",
    "BetaMessageStopReasonRefusal, refusal",
    "MessageStopReason, message_stop_reason",
    "end_turn, end_turn",
    "ContentFiltered, content_filtered",
    "StopReasonGuardrailIntervened, guardrail_intervened",
    "MODEL_CONTEXT_WINDOW_EXCEEDED, model_context_window_exceeded",
    "stopReason, stop_reason",
  })
  void normalizesEverySdkSpelling(String token, String expected) {
    assertEquals(expected, StopReasonCheck.normalize(token));
  }

  @Test
  void valuesIgnoreUnknownWords() {
    assertEquals(
        Set.of("end_turn", "tool_use"),
        StopReasonCheck.values(
            "resp.stopReason() == StopReason.END_TURN || x == \"tool_use\" || done"));
  }

  /** dispatch, key, values, default, fails, messagesFile -> finding? */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "true |stop_reason|end_turn tool_use|false|false|false|true",
        "true |stop_reason|end_turn tool_use refusal|false|false|false|false",
        "true |stop_reason|end_turn tool_use|true |false|false|true",
        "true |stop_reason|end_turn tool_use|true |true |false|false",
        "false|stop_reason|end_turn|true |false|false|false",
        "false|stop_reason|tool_use|false|false|false|false",
        "true |stopReason |end_turn tool_use|false|false|false|true",
        "true |stopReason |end_turn tool_use|true |false|false|false",
        "true |stopReason |end_turn content_filtered guardrail_intervened|false|false|false|false",
        "true |stopReason |end_turn tool_use|true |false|true |true",
      })
  void decisionTable(
      boolean dispatch,
      String key,
      String values,
      boolean dflt,
      boolean fails,
      boolean messagesFile,
      boolean finding) {
    var facts =
        new StopReasonCheck.Facts(
            dispatch, key.strip(), Set.of(values.strip().split(" ")), dflt, fails, "");
    assertEquals(finding, StopReasonCheck.verdict(facts, messagesFile).isPresent());
  }

  @Test
  void apiIsToldByValuesBeforeSpelling() {
    var converseValues =
        new StopReasonCheck.Facts(
            true, "stop_reason", Set.of("content_filtered"), false, false, "");
    assertTrue(StopReasonCheck.verdict(converseValues, false).orElseThrow().converse());
    var messagesValues =
        new StopReasonCheck.Facts(true, "stopReason", Set.of("pause_turn"), false, false, "");
    assertTrue(!StopReasonCheck.verdict(messagesValues, false).orElseThrow().converse());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "refusal|result[\"stop_reason\"] == \"end_turn\"|\"refusal\"",
        "refusal|x == 'tool_use'|'refusal'",
        "content_filtered|resp.stopReason() == StopReason.END_TURN|StopReason.CONTENT_FILTERED",
        "content_filtered|END_TURN, TOOL_USE|CONTENT_FILTERED",
        "guardrail_intervened|types.StopReasonEndTurn|types.StopReasonGuardrailIntervened",
        "content_filtered|StopReason.EndTurn|StopReason.ContentFiltered",
        "refusal|anthropic.MessageStopReasonEndTurn|anthropic.MessageStopReasonRefusal",
        "refusal|nothing known here|\"refusal\"",
      })
  void adviceSpellsValuesLikeTheCode(String value, String labels, String expected) {
    assertEquals(expected, StopValueSpelling.spell(value, labels));
  }
}
