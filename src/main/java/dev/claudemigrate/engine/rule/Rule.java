package dev.claudemigrate.engine.rule;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.CharPairs;
import java.util.List;

/**
 * A migration rule: data ({@link #info()}) plus a pure function from a parsed file to findings,
 * each with optional edits. Rules hold no mutable state and may run on many files at once.
 */
public interface Rule {

  RuleInfo info();

  /**
   * Literal strings, at least one of which a file must contain for this rule to find anything in
   * it. A file that contains none of any enabled rule's triggers is never decoded past the check
   * nor parsed.
   */
  List<String> triggers(RuleContext ctx);

  /** The findings in {@code file}; must not write anything or keep state. */
  List<Finding> check(SourceFile file, RuleContext ctx);

  /** The id of this rule, from its info. */
  default String id() {
    return info().id();
  }

  /** Convenience for a rule that reports nothing in a file. */
  static List<Finding> none() {
    return List.of();
  }

  /** Whether {@code text} holds one of {@code triggers}: a rule's cheap check before it parses. */
  static boolean mentionsAny(String text, List<String> triggers) {
    for (String t : triggers) {
      if (CharPairs.contains(text, t)) {
        return true;
      }
    }
    return false;
  }
}
