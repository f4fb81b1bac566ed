package dev.claudemigrate.engine.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds which of a fixed set of strings occur in a byte array in one pass: an Aho-Corasick
 * automaton compiled to a dense table with a row of 256 entries per state (one array lookup per
 * input byte, indexed by the state and the byte itself). Immutable and safe to share between
 * threads.
 */
public final class ByteMatcher {
  /**
   * The transitions the search reads: entry {@code [(state << 8) | byte]} is the next state's
   * number, with the sign bit set when that state ends a pattern. A row per state of every byte
   * rather than of the patterns' byte classes saves a load per byte: the search ran a quarter
   * faster under the launcher's C1 compiler (docs/performance.md), for a table of 1 KiB a state.
   */
  private final int[] next;

  private final int[][] outputs;
  private final int patternCount;

  /** The length in bytes of the longest pattern (at least 1). */
  private final int maxLength;

  private ByteMatcher(List<byte[]> patterns) {
    this.patternCount = patterns.size();
    this.maxLength = Math.max(1, patterns.stream().mapToInt(p -> p.length).max().orElse(1));
    // The trie is built over the byte classes the patterns use (a row per state of those only),
    // then widened to every byte for the search.
    int[] byteClass = new int[256];
    int classes = 1;
    for (byte[] p : patterns) {
      for (byte b : p) {
        if (byteClass[b & 0xff] == 0) {
          byteClass[b & 0xff] = classes++;
        }
      }
    }
    List<int[]> trie = new ArrayList<>();
    List<int[]> out = new ArrayList<>();
    trie.add(new int[classes]);
    out.add(new int[0]);
    for (int id = 0; id < patterns.size(); id++) {
      int state = 0;
      for (byte b : patterns.get(id)) {
        int c = byteClass[b & 0xff];
        if (trie.get(state)[c] == 0) {
          trie.get(state)[c] = trie.size();
          trie.add(new int[classes]);
          out.add(new int[0]);
        }
        state = trie.get(state)[c];
      }
      if (patterns.get(id).length > 0) {
        out.set(state, append(out.get(state), id));
      }
    }
    this.outputs = out.toArray(new int[0][]);
    int[] delta = compile(trie, classes, outputs);
    this.next = widen(delta, byteClass, classes, outputs);
  }

  /**
   * Builds the automaton for {@code patterns} as UTF-8; a pattern's id is its index. Empty ones
   * never match.
   */
  public static ByteMatcher of(List<String> patterns) {
    return new ByteMatcher(patterns.stream().map(p -> p.getBytes(StandardCharsets.UTF_8)).toList());
  }

  /**
   * Breadth-first over the trie: the dense table of transitions over byte classes (entry {@code
   * [state * classes + class]} is the next state), with failure transitions filled in; merges each
   * state's outputs with its failure state's.
   */
  private static int[] compile(List<int[]> trie, int classes, int[][] outputs) {
    int[] delta = new int[trie.size() * classes];
    int[] fail = new int[trie.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < classes; c++) {
      int s = trie.get(0)[c];
      delta[c] = s;
      if (s != 0) {
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      outputs[state] = merge(outputs[state], outputs[fail[state]]);
      for (int c = 0; c < classes; c++) {
        int s = trie.get(state)[c];
        if (s != 0) {
          fail[s] = delta[fail[state] * classes + c];
          delta[state * classes + c] = s;
          queue.add(s);
        } else {
          delta[state * classes + c] = delta[fail[state] * classes + c];
        }
      }
    }
    return delta;
  }

  /**
   * The search's table: a row of 256 entries per state, flagged where a pattern ends. Each row is
   * filled with the entry of the bytes no pattern uses (class 0, most of the 256), then the
   * patterns' bytes are set: the table is built before the scan starts, while nothing is compiled,
   * and a step for each of the 256 bytes of each of several hundred rows runs in the interpreter.
   */
  private static int[] widen(int[] delta, int[] byteClass, int classes, int[][] outputs) {
    int states = delta.length / classes;
    int[] used = new int[classes - 1]; // the bytes the patterns use, in class order
    for (int b = 0; b < 256; b++) {
      if (byteClass[b] != 0) {
        used[byteClass[b] - 1] = b;
      }
    }
    int[] wide = new int[states << 8];
    for (int state = 0; state < states; state++) {
      int row = state * classes;
      Arrays.fill(wide, state << 8, (state + 1) << 8, flagged(delta[row], outputs));
      for (int c = 1; c < classes; c++) {
        wide[(state << 8) | used[c - 1]] = flagged(delta[row + c], outputs);
      }
    }
    return wide;
  }

  /** State {@code to}, with the sign bit set when it ends a pattern. */
  private static int flagged(int to, int[][] outputs) {
    return outputs[to].length == 0 ? to : to | Integer.MIN_VALUE;
  }

  /** The ids of the patterns that occur in {@code data}. */
  public BitSet find(byte[] data) {
    return find(data, data.length);
  }

  /**
   * The ids of the patterns that occur in the first {@code length} bytes of {@code data}. Four
   * automata run interleaved, one on each quarter (each but the last runs on past its quarter by
   * the longest pattern's length less one, so a match across a boundary is seen): each step waits
   * for the previous table load, and independent chains keep the processor busy while one waits.
   * Under the launcher's C1 compiler four took 1.00 ns a byte where two took 1.21; six were slower
   * (bench/MatcherBench.java, docs/adr/0118).
   */
  public BitSet find(byte[] data, int length) {
    BitSet found = findOrNull(data, length);
    return found == null ? new BitSet(0) : found;
  }

  /**
   * As {@link #find(byte[], int)}, but null when no pattern occurs: most files of a scan hold none,
   * and 100,000 empty sets are young-generation garbage.
   */
  public BitSet findOrNull(byte[] data, int length) {
    BitSet found = null; // allocated on the first match only
    final int[] table = next;
    int q = length >> 2;
    int a = 0;
    int b = 0;
    int c = 0;
    int d = 0;
    for (int i = 0, j = q, k = 2 * q, l = 3 * q; i < q; i++, j++, k++, l++) {
      int ea = table[(a << 8) | (data[i] & 0xff)];
      int eb = table[(b << 8) | (data[j] & 0xff)];
      int ec = table[(c << 8) | (data[k] & 0xff)];
      int ed = table[(d << 8) | (data[l] & 0xff)];
      if ((ea | eb | ec | ed) < 0) { // rare: a pattern ends here
        found = record(record(found, ea), eb);
        found = record(record(found, ec), ed);
        ea &= Integer.MAX_VALUE;
        eb &= Integer.MAX_VALUE;
        ec &= Integer.MAX_VALUE;
        ed &= Integer.MAX_VALUE;
      }
      a = ea;
      b = eb;
      c = ec;
      d = ed;
    }
    int past = maxLength - 1;
    found = run(data, q, Math.min(length, q + past), a, found);
    found = run(data, 2 * q, Math.min(length, 2 * q + past), b, found);
    found = run(data, 3 * q, Math.min(length, 3 * q + past), c, found);
    return run(data, 4 * q, length, d, found);
  }

  /** Runs the automaton from state {@code s} over {@code [from, to)}. */
  private BitSet run(byte[] data, int from, int to, int s, BitSet found) {
    for (int i = from; i < to; i++) {
      int e = next[(s << 8) | (data[i] & 0xff)];
      if (e < 0) {
        found = record(found, e);
        e &= Integer.MAX_VALUE;
      }
      s = e;
    }
    return found;
  }

  /** Adds the patterns that end at state entry {@code e}, if it ends any. */
  private BitSet record(BitSet found, int e) {
    if (e >= 0) {
      return found;
    }
    BitSet out = found == null ? new BitSet(patternCount) : found;
    for (int id : outputs[e & Integer.MAX_VALUE]) {
      out.set(id);
    }
    return out;
  }

  /** Number of patterns the matcher was built from. */
  public int patternCount() {
    return patternCount;
  }

  private static int[] append(int[] a, int v) {
    int[] r = Arrays.copyOf(a, a.length + 1);
    r[a.length] = v;
    return r;
  }

  private static int[] merge(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    int[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
