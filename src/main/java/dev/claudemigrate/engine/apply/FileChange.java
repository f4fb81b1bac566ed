package dev.claudemigrate.engine.apply;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One file's planned rewrite: the file as it was read, its whole new text, and the findings whose
 * edits made it.
 *
 * @param source the file as scanned (its text and format are what was read from disk)
 * @param newText the text after every applied edit; never equal to {@code source.text()}
 * @param applied the findings applied, in file order
 */
public record FileChange(SourceFile source, String newText, List<Finding> applied) {
  public FileChange {
    applied = List.copyOf(applied);
  }

  public String path() {
    return source.path();
  }

  /** Number of applied findings per rule id, sorted by id. */
  public Map<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    applied.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
    return counts;
  }
}
