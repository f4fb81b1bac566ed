package dev.claudemigrate.catalog;

import java.util.List;

/**
 * The outcome of rewriting a found identifier for a target: a replacement, or a choice for a
 * person.
 */
public sealed interface Rendering {

  /** The identifier in the same form for the target. */
  record Replacement(String text, String note) implements Rendering {}

  /**
   * No single right answer (e.g. a base ID that needs an inference profile and no region decides
   * the prefix): the options and why.
   */
  record Choice(List<String> options, String why) implements Rendering {
    public Choice {
      options = List.copyOf(options);
    }
  }
}
