package dev.claudemigrate.eval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which model of the comparison a result belongs to. */
public enum Side {
  BASELINE,
  CANDIDATE;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
