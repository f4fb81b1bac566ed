package dev.claudemigrate.engine.rules.sampling;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * A function or method that sends another provider's model and no Claude model: it builds another
 * provider's client ({@code return ChatOllama(model=name, temperature=t, top_p=p)}, holdout17), or
 * names the model as a literal Bedrock ID of another provider ({@code String modelId =
 * "cohere.command-r-v1:0";}, {@code model_id = "meta.llama3-70b-instruct-v1:0"}) and nothing in it
 * names Claude. A file that calls Claude elsewhere (one sample method per model) may set both
 * sampling values in such a request; that is the other model's request, never Claude's. The named
 * function counts, not a lambda inside it: a builder lambda ({@code config -> config.topP(0.9F)})
 * belongs to the request its method builds.
 */
final class OtherProviderFunction {
  /**
   * A quoted Bedrock model ID (optionally with a profile prefix) of a provider other than
   * Anthropic.
   */
  private static final Pattern OTHER_ID =
      Pattern.compile(
          "[\"'`](?:(?:us|eu|apac|global|jp|au|us-gov)\\.)?"
              + "(?:amazon|meta|cohere|mistral|ai21|deepseek|qwen|writer|openai|stability)"
              + "\\.[a-z0-9][a-z0-9.:-]*[\"'`]");

  /**
   * A client of another provider's models built in the function: LangChain's chat models ({@code
   * ChatOllama(}, {@code ChatOpenAI(}, {@code ChatGoogleGenerativeAI(}), the OpenAI and Ollama
   * SDKs' clients, Spring AI's and LangChain4j's chat models ({@code OpenAiChatModel.builder()}).
   */
  private static final Pattern OTHER_CLIENT =
      Pattern.compile(
          "\\b(?:Chat(?:Ollama|OpenAI|Google\\w*|VertexAI|Groq|MistralAI|Cohere|Fireworks|Together"
              + "|DeepSeek|XAI|Perplexity)|AzureChatOpenAI|(?:Async)?(?:Azure)?OpenAI|Ollama"
              + "|(?:OpenAi|Ollama|AzureOpenAi|MistralAi|VertexAiGemini|GoogleAiGemini)ChatModel)"
              + "\\s*[(.]");

  private static final Pattern CLAUDE = Pattern.compile("(?i)claude|anthropic");

  /** Named functions and methods of Java, Kotlin, Go, Python, JavaScript and TypeScript. */
  private static final Pattern FUNCTION =
      Pattern.compile("(method|function|constructor)_(declaration|definition)");

  private OtherProviderFunction() {}

  /**
   * Whether the file as a whole sends another provider's model: it holds such an ID outside
   * comments, and names Claude only in comments ({@code // const MODEL_ID: &str =
   * "anthropic.claude-..."} beside the live {@code const MODEL_ID: &str = "us.meta.llama..."}): the
   * commented-out alternatives are not what its requests send.
   */
  static boolean wholeFile(SourceFile file) {
    return live(file, OTHER_ID) && !live(file, CLAUDE);
  }

  private static boolean live(SourceFile file, Pattern p) {
    Matcher m = p.matcher(file.text());
    while (m.find()) {
      if (file.contextAt(m.start() + 1) != Context.COMMENT) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code offset} is in a named function that sends only another provider's model. */
  static boolean covers(SourceFile file, int offset) {
    Optional<SyntaxTree> tree = file.syntax();
    if (tree.isEmpty()) {
      return false;
    }
    SyntaxTree t = tree.get();
    for (TSNode n = t.nodeAt(offset, offset + 1); n != null && !n.isNull(); n = n.getParent()) {
      if (FUNCTION.matcher(n.getType()).matches()) {
        String body = t.text(n);
        return (OTHER_ID.matcher(body).find() || OTHER_CLIENT.matcher(body).find())
            && !CLAUDE.matcher(body).find();
      }
    }
    return false;
  }
}
