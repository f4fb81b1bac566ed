package dev.claudemigrate.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One prompt of the evaluation set with the checks its answer must pass.
 *
 * @param id the case's unique ID
 * @param description what the case is about, or null
 * @param system the system prompt, or null
 * @param messages the conversation, ending with a user turn
 * @param tools tools the model may call (empty for none)
 * @param maxTokens the answer's token limit
 * @param assertions the checks, all of which must pass
 * @param reference a reference answer (the logged baseline answer for imported traffic), or null
 * @param line the line of the dataset file the case starts on
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record EvalCase(
    String id,
    String description,
    String system,
    List<Message> messages,
    List<ToolDef> tools,
    int maxTokens,
    List<AssertionSpec> assertions,
    String reference,
    int line) {

  /** The default answer token limit when a case gives none. */
  public static final int DEFAULT_MAX_TOKENS = 1024;

  public EvalCase {
    messages = List.copyOf(messages);
    tools = List.copyOf(tools);
    assertions = List.copyOf(assertions);
  }

  /** The text of the last user turn (what a judge is shown as the question). */
  public String lastUserText() {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if ("user".equals(messages.get(i).role())) {
        return messages.get(i).text();
      }
    }
    return "";
  }

  /** Whether any check needs a judge model. */
  public boolean needsJudge() {
    return assertions.stream().anyMatch(a -> a.type() == AssertionType.LLM_RUBRIC);
  }
}
