package dev.claudemigrate.engine;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * The order in which the rules check a scan's files, smallest first, and the slices the threads
 * take them in (docs/adr/0119).
 *
 * <p>Smallest first: the rules run interpreted until the JVM has seen each of their methods a
 * hundred-odd times and compiled it, and in a short run that is most of the check (on the benchmark
 * tree C1 compiles about a thousand methods while the check runs). Their work is mostly passes over
 * a file's whole text, so the interpreter's share costs least when the files it reads are the
 * smallest. (Largest first, the usual way to balance threads, was 0.2 CPU s slower there.)
 *
 * <p>The slices: the threads take slices from one queue, and the last slices hold the largest
 * files. A slice is closed at {@link #MAX_FILES} files or at its share of the bytes, whichever
 * comes first, so that a large file near the end is a slice of its own rather than one of 32 that a
 * single thread works through while the others wait. The findings do not depend on the order: each
 * file's result has its own slot.
 */
final class CheckOrder {
  /** The most files in one slice: progress is told once per slice. */
  static final int MAX_FILES = 32;

  /**
   * Slices per thread, at least, if the files allow: small enough that the threads end together.
   */
  private static final int SLICES_PER_THREAD = 8;

  /**
   * The files in the order they are checked, and where each slice starts in it ({@code starts[k]}
   * to {@code starts[k + 1]}; the last element is {@code order.length}).
   */
  record Plan(int[] order, int[] starts) {
    int slices() {
      return starts.length - 1;
    }
  }

  private CheckOrder() {}

  /**
   * {@code files} (indices) ordered by {@code size}, smallest first, in slices for {@code threads}.
   */
  static Plan of(int[] files, IntUnaryOperator size, int threads) {
    int n = files.length;
    long[] keyed = new long[n];
    long total = 0;
    for (int k = 0; k < n; k++) {
      int bytes = size.applyAsInt(files[k]);
      total += bytes;
      // Size in the high half, index in the low: one sort of primitives, ties in index order.
      keyed[k] = (long) bytes << 32 | files[k];
    }
    Arrays.sort(keyed);
    int[] order = new int[n];
    int maxFiles = Math.max(1, Math.min(MAX_FILES, n / (threads * SLICES_PER_THREAD)));
    long maxBytes = Math.max(1, total / ((long) threads * SLICES_PER_THREAD));
    int[] starts = new int[n + 1];
    int slices = 0;
    int inSlice = 0;
    long bytesInSlice = 0;
    for (int k = 0; k < n; k++) {
      order[k] = (int) keyed[k];
      long bytes = keyed[k] >>> 32;
      if (inSlice > 0 && (inSlice == maxFiles || bytesInSlice + bytes > maxBytes)) {
        inSlice = 0;
        bytesInSlice = 0;
      }
      if (inSlice == 0) {
        starts[slices++] = k;
      }
      inSlice++;
      bytesInSlice += bytes;
    }
    starts[slices] = n;
    return new Plan(order, Arrays.copyOf(starts, slices + 1));
  }
}
