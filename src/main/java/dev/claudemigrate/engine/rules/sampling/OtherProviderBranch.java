package dev.claudemigrate.engine.rules.sampling;

import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Code that only runs for another provider's model: the body of an {@code if} whose condition tests
 * the model for another model family on Bedrock ({@code if (modelId.includes('nova'))}, {@code if
 * "llama" in model_id:}). Sampling set there is that model's, never Claude's. Only a plain positive
 * test counts: a condition that also names Claude, negates, or has an alternative ({@code ||},
 * {@code or}) may let Claude in.
 */
final class OtherProviderBranch {
  /**
   * Model families of other providers on Amazon Bedrock, as they appear in model IDs (the part
   * after the provider, or the provider prefix itself).
   */
  private static final Pattern OTHER_FAMILY =
      Pattern.compile(
          "(?i)[\"'`][^\"'`\n]*?(nova|titan|llama|mistral|mixtral|pixtral|cohere|command-r|jamba"
              + "|deepseek|qwen|palmyra|gpt-oss|amazon\\.|meta\\.|ai21\\.|writer\\.)");

  private static final Pattern CLAUDE = Pattern.compile("(?i)claude|anthropic");
  private static final Pattern EITHER_OR = Pattern.compile("\\|\\||\\bor\\b|!|\\bnot\\b");

  private OtherProviderBranch() {}

  /** Whether {@code offset} is in the body of an {@code if} that only another model passes. */
  static boolean covers(SourceFile file, int offset) {
    Optional<SyntaxTree> tree = file.syntax();
    if (tree.isEmpty()) {
      return false;
    }
    SyntaxTree t = tree.get();
    TSNode child = t.nodeAt(offset, offset + 1);
    for (TSNode n = child == null ? null : child.getParent();
        n != null && !n.isNull();
        child = n, n = n.getParent()) {
      if (!n.getType().equals("if_statement")) {
        continue;
      }
      TSNode condition = n.getChildByFieldName("condition");
      TSNode consequence = n.getChildByFieldName("consequence");
      if (condition == null || condition.isNull() || consequence == null || consequence.isNull()) {
        continue;
      }
      boolean inBody =
          consequence.getStartByte() <= child.getStartByte()
              && child.getEndByte() <= consequence.getEndByte();
      String test = t.text(condition);
      if (inBody
          && OTHER_FAMILY.matcher(test).find()
          && !CLAUDE.matcher(test).find()
          && !EITHER_OR.matcher(test).find()) {
        return true;
      }
    }
    return false;
  }
}
