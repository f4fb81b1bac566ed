package dev.claudemigrate.engine.rules.stopreason;

import java.util.List;
import org.treesitter.TSNode;

/**
 * A multi-way branch as written in any language: a switch/match/when on a subject, or an if/else-if
 * chain (or a subject-less switch/when) whose arms test conditions.
 *
 * @param node the whole statement
 * @param headerEnd character offset where its head (keyword and subject or first condition) ends
 * @param keyword how the construct is called in messages ({@code match}, {@code switch}, {@code
 *     when}, {@code if})
 * @param subject the switched-on expression, or null for condition arms
 * @param tests per arm, the case labels (with a subject) or the condition (without)
 * @param fallback the default/else branch, or null when there is none
 * @param guards whether the arms are separate guard clauses ({@link GuardRuns}), each its own
 *     statement, rather than one statement
 */
record Branching(
    TSNode node,
    int headerEnd,
    String keyword,
    TSNode subject,
    List<TSNode> tests,
    TSNode fallback,
    boolean guards) {

  Branching(
      TSNode node,
      int headerEnd,
      String keyword,
      TSNode subject,
      List<TSNode> tests,
      TSNode fallback) {
    this(node, headerEnd, keyword, subject, tests, fallback, false);
  }

  /** Whether the branch has a default/else arm. */
  boolean hasFallback() {
    return fallback != null;
  }
}
