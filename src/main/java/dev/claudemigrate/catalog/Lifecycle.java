package dev.claudemigrate.catalog;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A model's lifecycle: when it became legacy, entered extended access, and reaches end of life.
 *
 * @param legacyFrom date it became legacy, or null
 * @param extendedAccessFrom date public extended access (at a higher price) starts, or null
 * @param endOfLife date requests start failing, or null
 * @param declared a state the source states without dates, or null
 * @param note free-text detail (regions with other dates, secondary sources)
 * @param source where the dates come from
 */
public record Lifecycle(
    LocalDate legacyFrom,
    LocalDate extendedAccessFrom,
    LocalDate endOfLife,
    State declared,
    String note,
    Source source) {

  /** The state on {@code today}. */
  public State stateOn(LocalDate today) {
    if (endOfLife != null && !today.isBefore(endOfLife)) {
      return State.END_OF_LIFE;
    }
    if (extendedAccessFrom != null && !today.isBefore(extendedAccessFrom)) {
      return State.EXTENDED_ACCESS;
    }
    if (legacyFrom != null && !today.isBefore(legacyFrom)) {
      return State.LEGACY;
    }
    return declared != null ? declared : State.ACTIVE;
  }

  public Optional<LocalDate> endOfLifeDate() {
    return Optional.ofNullable(endOfLife);
  }

  /** Lifecycle states; Bedrock's API reports ACTIVE or LEGACY, and calls fail after end of life. */
  public enum State {
    ACTIVE,
    LEGACY,
    EXTENDED_ACCESS,
    END_OF_LIFE;

    /** The {@code modelLifecycle.status} GetFoundationModel reports in this state. */
    public String bedrockStatus() {
      return this == ACTIVE ? "ACTIVE" : "LEGACY";
    }

    /** Lower-case words for messages, e.g. {@code end of life}. */
    public String words() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }
}
