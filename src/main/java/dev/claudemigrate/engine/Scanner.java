package dev.claudemigrate.engine;

import dev.claudemigrate.engine.rules.Rule;
import java.util.List;

/**
 * Scans a tree: walks the files, reads each once, skips files with no rule's trigger string,
 * runs the enabled rules in parallel, applies suppressions, and returns one {@link MigrationResult}.
 */
public final class Scanner {
  private final List<Rule> rules;

  public Scanner(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Scans {@code request.root()}; unreadable files become {@link FileError}s, never exceptions. */
  public MigrationResult scan(ScanRequest request) {
    throw new UnsupportedOperationException("scanner not built yet: " + rules.size() + " rules, " + request.root());
  }
}
