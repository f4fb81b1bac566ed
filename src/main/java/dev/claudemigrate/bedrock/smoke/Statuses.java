package dev.claudemigrate.bedrock.smoke;

import java.util.List;

/** A smoke report's verdict from the statuses of its results (built-in checks or shapes). */
public interface Statuses {
  /** The status of every result, in order. */
  List<CheckResult.Status> statuses();

  /** Whether no result failed (skipped ones do not fail). */
  default boolean passed() {
    return statuses().stream().noneMatch(s -> s == CheckResult.Status.FAIL);
  }

  default long count(CheckResult.Status status) {
    return statuses().stream().filter(s -> s == status).count();
  }
}
