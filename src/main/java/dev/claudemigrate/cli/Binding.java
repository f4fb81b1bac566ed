package dev.claudemigrate.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * One field of an options object as picocli reads and writes it, for options declared in code (ADR
 * 0122). picocli's own field binding is made by reflection from annotations; its getter and setter
 * are generic methods, so a lambda cannot be one.
 */
final class Binding implements IGetter, ISetter {
  private final Supplier<?> getter;
  private final Consumer<Object> setter;

  private Binding(Supplier<?> getter, Consumer<Object> setter) {
    this.getter = getter;
    this.setter = setter;
  }

  /** The field read by {@code getter} and written by {@code setter}. */
  @SuppressWarnings("unchecked")
  static <V> Binding of(Supplier<V> getter, Consumer<V> setter) {
    return new Binding(getter, value -> setter.accept((V) value));
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get() {
    return (T) getter.get();
  }

  /** Sets the field and returns its previous value, as picocli's field binding does. */
  @Override
  public <T> T set(T value) {
    T previous = get();
    setter.accept(value);
    return previous;
  }
}
