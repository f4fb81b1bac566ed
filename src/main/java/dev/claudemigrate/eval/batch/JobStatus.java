package dev.claudemigrate.eval.batch;

import java.util.Set;

/**
 * A job's state as {@code GetModelInvocationJob} reports it.
 *
 * @param state Submitted, Validating, Scheduled, InProgress, Completed, PartiallyCompleted, Failed,
 *     Stopping, Stopped or Expired (a value newer than this list is shown as it is and polled on)
 * @param message the service's message (why it failed), or null
 */
public record JobStatus(String state, String message) {
  private static final Set<String> WITH_OUTPUT = Set.of("Completed", "PartiallyCompleted");
  private static final Set<String> WITHOUT_OUTPUT = Set.of("Failed", "Stopped", "Expired");

  /** Whether the job has stopped changing. */
  public boolean finished() {
    return WITH_OUTPUT.contains(state) || WITHOUT_OUTPUT.contains(state);
  }

  /** Whether the job wrote output to read (records may still carry their own errors). */
  public boolean hasOutput() {
    return WITH_OUTPUT.contains(state);
  }

  /** A finished job without output: a rerun submits a new one. */
  public boolean dead() {
    return WITHOUT_OUTPUT.contains(state);
  }
}
