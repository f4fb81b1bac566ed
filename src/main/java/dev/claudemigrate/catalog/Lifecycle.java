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

  /** True when the source gives neither a date nor a state: "active" is then only a default. */
  public boolean undated() {
    return legacyFrom == null
        && extendedAccessFrom == null
        && endOfLife == null
        && declared == null;
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

    /**
     * Whether a region's {@code modelLifecycle.status} agrees with this state: ACTIVE with ACTIVE,
     * legacy and extended access with LEGACY. After end of life requests fail, so a region that
     * still describes the model (with any status) disagrees with a catalog that calls it retired.
     */
    public boolean agreesWith(String liveStatus) {
      return this != END_OF_LIFE && bedrockStatus().equals(liveStatus);
    }

    /** Lower-case words for messages, e.g. {@code end of life}. */
    public String words() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }
}
