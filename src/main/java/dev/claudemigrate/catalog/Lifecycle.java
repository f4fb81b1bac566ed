package dev.claudemigrate.catalog;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A model's lifecycle on Bedrock: when it became legacy and when it reaches end of life.
 *
 * @param legacyFrom date it became legacy, or null
 * @param endOfLife date requests start failing, or null
 * @param declared a state the source states without dates, or null
 * @param note free-text detail (extended access, regions, other sources' dates)
 * @param source where the dates come from
 */
public record Lifecycle(
    LocalDate legacyFrom, LocalDate endOfLife, State declared, String note, Source source) {

  /** The state on {@code today}: ACTIVE, LEGACY, or END_OF_LIFE. */
  public State stateOn(LocalDate today) {
    if (endOfLife != null && !today.isBefore(endOfLife)) {
      return State.END_OF_LIFE;
    }
    if (legacyFrom != null && !today.isBefore(legacyFrom)) {
      return State.LEGACY;
    }
    return declared != null ? declared : State.ACTIVE;
  }

  public Optional<LocalDate> endOfLifeDate() {
    return Optional.ofNullable(endOfLife);
  }

  /**
   * Bedrock's lifecycle states (GetFoundationModel reports ACTIVE or LEGACY; after EOL calls fail).
   */
  public enum State {
    ACTIVE,
    LEGACY,
    END_OF_LIFE
  }
}
