package dev.claudemigrate.engine.rules.invokemodel;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.rule.ReportRule;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import dev.claudemigrate.engine.rule.RuleDocs;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports InvokeModel calls that send an Anthropic Messages body, with how the body maps onto the
 * Converse API. Calls whose body belongs to another provider (Titan, Llama, Nova, Cohere) are left
 * alone.
 */
public final class InvokeModelRule extends ReportRule {
  static final String ID = "invoke-model";
  private static final RuleInfo INFO = RuleDocs.info(ID, Category.API, Severity.INFO, false);
  private static final Pattern ANTHROPIC =
      Pattern.compile("anthropic_version|anthropic_beta|bedrock-2023-05-31|AnthropicVersion");
  private static final Pattern MESSAGES = Pattern.compile("\\bmessages\\b");
  private static final Pattern CLAUDE = Pattern.compile("(?i)\\bclaude|anthropic\\.claude");

  /** Body keys of other providers on InvokeModel: Titan, Llama, Nova, Cohere, AI21, embeddings. */
  private static final Pattern OTHER_PROVIDER =
      Pattern.compile(
          "\\b(inputText|textGenerationConfig|max_gen_len|schemaVersion|max_new_tokens|"
              + "chat_history|maxTokenCount|embeddingTypes|texts)\\b|[\"']prompt[\"']\\s*:");

  private static final Map<Language, String[]> CONVERSE =
      Map.of(
          Language.PYTHON, new String[] {"client.converse(...)", "client.converse_stream(...)"},
          Language.JAVA,
              new String[] {"client.converse(ConverseRequest)", "client.converseStream(...)"},
          Language.JAVASCRIPT,
              new String[] {"new ConverseCommand({...})", "new ConverseStreamCommand({...})"},
          Language.TYPESCRIPT,
              new String[] {"new ConverseCommand({...})", "new ConverseStreamCommand({...})"},
          Language.GO,
              new String[] {
                "client.Converse(ctx, &bedrockruntime.ConverseInput{...})",
                "client.ConverseStream(ctx, &bedrockruntime.ConverseStreamInput{...})"
              },
          Language.KOTLIN,
              new String[] {
                "client.converse(ConverseRequest { ... })",
                "client.converseStream(ConverseStreamRequest { ... })"
              });

  public InvokeModelRule() {
    super(INFO, List.of("invoke_model", "invokeModel", "InvokeModel"));
  }

  @Override
  protected List<Finding> find(SourceFile file, RuleContext ctx) {
    Optional<SyntaxTree> tree = file.syntax();
    if (tree.isEmpty()) {
      return Rule.none();
    }
    List<Finding> out = new ArrayList<>();
    int previousTopLevel = 0;
    for (InvokeModelCalls.Call call : InvokeModelCalls.find(tree.get(), file.language())) {
      int from;
      int to;
      if (call.scope() == null) {
        // A script: the body is built between the previous top-level call and this one.
        from = previousTopLevel;
        to = tree.get().end(call.call());
        previousTopLevel = to;
      } else {
        from = tree.get().start(call.scope());
        to = tree.get().end(call.scope());
      }
      evidence(file, from, to, call.scope() != null)
          .ifPresent(why -> out.add(finding(file, tree.get(), call, why)));
    }
    return out;
  }

  /**
   * Why the call's body is an Anthropic Messages body, or empty when it is not (or cannot be told):
   * Anthropic keys in the enclosing function decide; then a Claude model ID with a {@code messages}
   * key there; another provider's keys there rule it out; last, Anthropic keys elsewhere in a file
   * that shows no other provider's body.
   */
  private static Optional<String> evidence(SourceFile file, int from, int to, boolean inFunction) {
    String where = inFunction ? "the calling function" : "the code before the call";
    Optional<String> key = first(file, ANTHROPIC, from, to);
    if (key.isPresent()) {
      return Optional.of("'" + key.get() + "' in " + where);
    }
    if (first(file, MESSAGES, from, to).isPresent() && first(file, CLAUDE, from, to).isPresent()) {
      return Optional.of("'messages' and a Claude model in " + where);
    }
    if (!inFunction || first(file, OTHER_PROVIDER, from, to).isPresent()) {
      return Optional.empty();
    }
    int end = file.text().length();
    Optional<String> fileKey = first(file, ANTHROPIC, 0, end);
    if (fileKey.isPresent() && first(file, OTHER_PROVIDER, 0, end).isEmpty()) {
      return Optional.of("'" + fileKey.get() + "' in this file");
    }
    return Optional.empty();
  }

  /** The first match of {@code p} in {@code [from, to)} outside comments. */
  private static Optional<String> first(SourceFile file, Pattern p, int from, int to) {
    Matcher m = p.matcher(file.text()).region(from, to);
    while (m.find()) {
      if (!ReportRule.inProse(file, m.start())) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  private static Finding finding(
      SourceFile file, SyntaxTree tree, InvokeModelCalls.Call call, String why) {
    String name = tree.text(call.name());
    String converse = CONVERSE.get(file.language())[call.streaming() ? 1 : 0];
    String message =
        name
            + " sends an Anthropic Messages body ("
            + why
            + "); the Converse API ("
            + converse
            + ") takes the same request in a model-independent form";
    return Findings.at(
        INFO,
        file,
        tree.start(call.name()),
        tree.end(call.name()),
        message,
        fix(converse),
        List.of());
  }

  private static String fix(String converse) {
    return "Call "
        + converse
        + " instead: messages -> messages with content blocks [{text: ...}]; "
        + "system -> system: [{text: ...}]; max_tokens -> inferenceConfig.maxTokens; temperature, "
        + "top_p, stop_sequences -> inferenceConfig.temperature, topP, stopSequences; tools -> "
        + "toolConfig.tools[].toolSpec {name, description, inputSchema: {json}}; tool_choice -> "
        + "toolConfig.toolChoice; Anthropic-only fields (thinking, anthropic_beta, top_k, "
        + "Anthropic-defined tools) -> additionalModelRequestFields; drop anthropic_version. Read "
        + "output.message.content, stopReason and usage.inputTokens/outputTokens from the response.";
  }
}
