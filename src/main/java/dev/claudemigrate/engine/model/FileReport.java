package dev.claudemigrate.engine.model;

import dev.claudemigrate.engine.source.SourceFile;
import java.util.List;

/** The findings in one file, with the decoded file they were found in (so apply can edit it). */
public record FileReport(SourceFile source, List<Finding> findings) {
  public FileReport {
    findings = List.copyOf(findings);
  }

  public String path() {
    return source.path();
  }
}
