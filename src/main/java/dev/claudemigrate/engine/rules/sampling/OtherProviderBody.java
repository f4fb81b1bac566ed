package dev.claudemigrate.engine.rules.sampling;

import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SyntaxTree;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Member;
import dev.claudemigrate.engine.syntax.structure.Value;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * A request body of another provider's model on Bedrock, which a file that also calls Claude may
 * build beside the Claude one (one class per model family, one function per provider). Its sampling
 * settings are that model's, never Claude's. Two signs tell it: the body (or an object around it)
 * carries a key only that provider's request has, or the function or class that builds it is named
 * for the provider ({@code AmazonTitanCommand}, {@code build_llama_body}).
 */
final class OtherProviderBody {
  /**
   * Request keys (normalized: no case, no separators) that only other providers' bodies have:
   * Amazon Titan ({@code inputText}, {@code textGenerationConfig}, {@code maxTokenCount}), AI21
   * Jurassic ({@code countPenalty}, {@code numResults}), Meta Llama ({@code max_gen_len}), Amazon
   * Nova ({@code max_new_tokens}), Cohere ({@code return_likelihoods}, {@code num_generations},
   * {@code chat_history}), Mistral ({@code safe_prompt}, {@code random_seed}).
   */
  private static final Set<String> KEYS =
      Set.of(
          "inputtext",
          "textgenerationconfig",
          "maxtokencount",
          "countpenalty",
          "numresults",
          "maxgenlen",
          "maxnewtokens",
          "returnlikelihoods",
          "numgenerations",
          "chathistory",
          "safeprompt",
          "randomseed");

  /**
   * AI21's penalties are objects ({@code presencePenalty: {scale: 0}}); OpenAI-style numeric
   * penalties may be passed through a library to Claude and say nothing.
   */
  private static final Set<String> OBJECT_KEYS = Set.of("presencepenalty", "frequencypenalty");

  /** Model families of other providers, as words of an identifier. */
  private static final Set<String> FAMILIES =
      Set.of("titan", "ai21", "jurassic", "jamba", "cohere", "llama", "mistral", "mixtral", "nova");

  private static final Pattern CLAUDE = Pattern.compile("(?i)claude|anthropic");

  private static final Pattern LLAMA_INDEX = Pattern.compile("(?i)llama_?index");

  /** Word boundaries inside an identifier: snake case, camel case, digits before a capital. */
  private static final Pattern WORDS =
      Pattern.compile("[_\\-$]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  /** Declarations whose name says what the code inside is for. */
  private static final Pattern NAMED = Pattern.compile(".*(declaration|definition|declarator)$");

  private OtherProviderBody() {}

  /** Whether the object {@code m} is (part of) another provider's request body. */
  static boolean is(SourceFile file, Mapping m) {
    for (Mapping o = m; o != null; o = o.parent()) {
      if (o.members().stream().anyMatch(OtherProviderBody::otherKey)) {
        return true;
      }
    }
    return namedForOther(file, m.start());
  }

  private static boolean otherKey(Member member) {
    String key = member.normalizedKey();
    return KEYS.contains(key)
        || (OBJECT_KEYS.contains(key) && member.value().kind() == Value.Kind.OBJECT);
  }

  /**
   * Whether a function, method or class around {@code offset} is named for another provider's model
   * family, and not for Claude too.
   */
  private static boolean namedForOther(SourceFile file, int offset) {
    Optional<SyntaxTree> tree = file.syntax();
    if (tree.isEmpty()) {
      return false;
    }
    SyntaxTree t = tree.get();
    for (TSNode n = t.nodeAt(offset, offset + 1); n != null && !n.isNull(); n = n.getParent()) {
      if (!NAMED.matcher(n.getType()).matches()) {
        continue;
      }
      TSNode name = n.getChildByFieldName("name");
      if (name != null && !name.isNull() && namesOther(t.text(name))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code AI21LabsCommand}, {@code invoke_titan}, {@code llama3Body}: yes; {@code Innovation}: no.
   */
  static boolean namesOther(String identifier) {
    if (CLAUDE.matcher(identifier).find()) {
      return false;
    }
    // LlamaIndex is a framework that calls Claude as readily as any model.
    for (String word : WORDS.split(LLAMA_INDEX.matcher(identifier).replaceAll("_"))) {
      String w = word.toLowerCase(Locale.ROOT);
      if (FAMILIES.contains(w) || FAMILIES.contains(w.replaceAll("\\d+$", ""))) {
        return true;
      }
    }
    return false;
  }
}
