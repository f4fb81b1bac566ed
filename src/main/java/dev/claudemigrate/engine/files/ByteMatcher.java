package dev.claudemigrate.engine.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds which of a fixed set of strings occur in a byte array in one pass: an Aho-Corasick
 * automaton compiled to a dense table over the byte classes the patterns use (one array lookup
 * per input byte). Immutable and safe to share between threads.
 */
public final class ByteMatcher {
  private final int[] byteClass = new int[256];
  private final int classes;
  /**
   * Transitions: entry {@code [s + c]} for the state starting at offset {@code s} and byte class
   * {@code c} is the next state's offset, or {@code -offset - 1} when that state ends a pattern.
   */
  private final int[] delta;
  private final int[][] outputs;
  private final int patternCount;

  private ByteMatcher(List<byte[]> patterns) {
    this.patternCount = patterns.size();
    int next = 1;
    for (byte[] p : patterns) {
      for (byte b : p) {
        if (byteClass[b & 0xff] == 0) {
          byteClass[b & 0xff] = next++;
        }
      }
    }
    this.classes = next;
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
    this.delta = new int[trie.size() * classes];
    this.outputs = out.toArray(new int[0][]);
    compile(trie);
    encode();
  }

  /** Builds the automaton for {@code patterns} as UTF-8; a pattern's id is its index. Empty ones never match. */
  public static ByteMatcher of(List<String> patterns) {
    return new ByteMatcher(patterns.stream().map(p -> p.getBytes(StandardCharsets.UTF_8)).toList());
  }

  /** Breadth-first over the trie: fills failure transitions into the dense table and merges outputs. */
  private void compile(List<int[]> trie) {
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
  }

  /** Turns state numbers into table offsets and flags the states that end a pattern, so the loop is one lookup. */
  private void encode() {
    for (int i = 0; i < delta.length; i++) {
      int next = delta[i];
      delta[i] = outputs[next].length == 0 ? next * classes : -(next * classes) - 1;
    }
  }

  /** The ids of the patterns that occur in {@code data}. */
  public BitSet find(byte[] data) {
    return find(data, data.length);
  }

  /** The ids of the patterns that occur in the first {@code length} bytes of {@code data}. */
  public BitSet find(byte[] data, int length) {
    BitSet found = null; // most files hold no pattern: allocate on the first match only
    final int[] cls = byteClass;
    final int[] table = delta;
    int s = 0;
    for (int i = 0; i < length; i++) {
      int e = table[s + cls[data[i] & 0xff]];
      if (e < 0) {
        s = -e - 1;
        found = found == null ? new BitSet(patternCount) : found;
        for (int id : outputs[s / classes]) {
          found.set(id);
        }
      } else {
        s = e;
      }
    }
    return found == null ? new BitSet(0) : found;
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
