package dev.claudemigrate.engine.source;

import java.util.Arrays;

/** A context map made of sorted, non-overlapping ranges over a default context. */
final class RangeContextMap implements ContextMap {
  private final int[] starts;
  private final int[] ends;
  private final Context[] contexts;
  private final Context fallback;

  /** Builds from a builder's ranges; ranges must be added in ascending order without overlap. */
  private RangeContextMap(Builder b) {
    this.starts = Arrays.copyOf(b.starts, b.size);
    this.ends = Arrays.copyOf(b.ends, b.size);
    this.contexts = Arrays.copyOf(b.contexts, b.size);
    this.fallback = b.fallback;
  }

  @Override
  public Context at(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    int idx = i >= 0 ? i : -i - 2;
    if (idx >= 0 && offset < ends[idx]) {
      return contexts[idx];
    }
    return fallback;
  }

  static Builder builder(Context fallback) {
    return new Builder(fallback);
  }

  /** Collects ranges in ascending order; a range that starts inside the previous one is dropped. */
  static final class Builder {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private Context[] contexts = new Context[16];
    private int size;
    private final Context fallback;

    private Builder(Context fallback) {
      this.fallback = fallback;
    }

    Builder add(int start, int end, Context context) {
      if (end <= start || (size > 0 && start < ends[size - 1])) {
        return this;
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        contexts = Arrays.copyOf(contexts, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      contexts[size] = context;
      size++;
      return this;
    }

    RangeContextMap build() {
      return new RangeContextMap(this);
    }
  }
}
