package dev.claudemigrate.eval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The assertion types a dataset may use, by their promptfoo-style names. */
public enum AssertionType {
  CONTAINS,
  NOT_CONTAINS,
  ICONTAINS,
  REGEX,
  EQUALS,
  JSON_VALID,
  JSON_SCHEMA,
  JSON_PATH,
  TOOL_CALL,
  NOT_REFUSAL,
  MAX_LATENCY_MS,
  MAX_OUTPUT_TOKENS,
  MAX_COST,
  LLM_RUBRIC;

  /** The name used in datasets, e.g. {@code not-contains}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the type needs a {@code value}. */
  public boolean needsValue() {
    return this != JSON_VALID && this != NOT_REFUSAL && this != JSON_PATH && this != TOOL_CALL;
  }

  @JsonCreator
  static AssertionType fromJson(String name) {
    return of(name)
        .orElseThrow(() -> new IllegalArgumentException("unknown assertion type " + name));
  }

  /** The type with this dataset name. */
  public static Optional<AssertionType> of(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
  }

  /** Every dataset name, for error messages. */
  public static String known() {
    return String.join(", ", Arrays.stream(values()).map(AssertionType::wireName).toList());
  }
}
