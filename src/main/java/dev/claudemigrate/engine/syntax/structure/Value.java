package dev.claudemigrate.engine.syntax.structure;

import java.util.OptionalDouble;

/**
 * What a {@link Member} is set to, as far as the source text tells without running it.
 *
 * @param kind the kind of value
 * @param text the literal's text (unquoted for strings), or the expression's source text
 * @param mapping the nested object when {@code kind} is {@link Kind#OBJECT}, else null
 */
public record Value(Kind kind, String text, Mapping mapping) {

  /** The kinds of value a rule can reason about; {@link #OTHER} is any expression it cannot. */
  public enum Kind {
    NUMBER,
    STRING,
    BOOLEAN,
    NULL,
    OBJECT,
    OTHER
  }

  static Value of(Kind kind, String text) {
    return new Value(kind, text, null);
  }

  static Value object(Mapping m) {
    return new Value(Kind.OBJECT, "", m);
  }

  /** The number, when this is a numeric literal. */
  public OptionalDouble number() {
    if (kind != Kind.NUMBER) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(
          Double.parseDouble(text.replace("_", "").replaceAll("[fFdDlL]$", "")));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /** Whether the value is a string literal equal to {@code s}. */
  public boolean isString(String s) {
    return kind == Kind.STRING && text.equals(s);
  }

  /** Whether the key is really set: anything but a null/None/nil literal. */
  public boolean isSet() {
    return kind != Kind.NULL;
  }
}
