package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ID-shaped tokens the catalog does not know ({@link MisdatedIds}, {@link SwappedTierIds}), read
 * around each {@code claude-} of a file: a pattern that opens with a lookbehind and optional
 * prefixes would otherwise be tried at every character of every candidate file.
 */
final class ClaudeTokens {
  private static final String CLAUDE = "claude-";

  /** How far before "claude-" a token may start ({@code us-gov.anthropic.}). */
  private static final int PREFIX_REACH = 17;

  private ClaudeTokens() {}

  /**
   * The matches of {@code pattern} whose group {@code group} starts at a {@code claude-} of {@code
   * file} for which {@code worthTrying} holds, at most {@code reach} characters on, outside
   * notebook output and overlapping no catalog match of {@code known}.
   */
  static List<MatchResult> find(
      SourceFile file,
      List<IdMatch> known,
      Pattern pattern,
      int group,
      int reach,
      IntPredicate worthTrying) {
    List<MatchResult> out = new ArrayList<>();
    String text = file.text();
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int at = text.indexOf(CLAUDE); at >= 0; at = text.indexOf(CLAUDE, at + 1)) {
      if (!worthTrying.test(at)) {
        continue;
      }
      m.region(Math.max(0, at - PREFIX_REACH), Math.min(text.length(), at + reach));
      boolean found = false;
      while (!found && m.find() && m.start(group) <= at) {
        found = m.start(group) == at;
      }
      if (found
          && known.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())
          && file.contextAt(m.start()) != Context.NOTEBOOK_OUTPUT) {
        out.add(m.toMatchResult());
      }
    }
    return out;
  }
}
