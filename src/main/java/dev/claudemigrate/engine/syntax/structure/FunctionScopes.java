package dev.claudemigrate.engine.syntax.structure;

import dev.claudemigrate.engine.source.SyntaxTree;
import java.util.Arrays;
import org.treesitter.TSNode;

/**
 * The functions of a parse by byte range, added in document order, to find the ones enclosing a
 * node without climbing the tree: tree-sitter's {@code getParent} descends from the root again on
 * every call, so climbing from each assignment and each variable of a large file took time
 * quadratic in its size (seconds for one bundle of a few megabytes). Functions nest, so those
 * enclosing a node are the last function that starts at or before it and that function's enclosing
 * ones: a binary search and a climb through functions only.
 */
final class FunctionScopes {
  private final SyntaxTree tree;
  private int[] startByte = new int[16];
  private int[] endByte = new int[16];
  private int[] startChar = new int[16];
  private TSNode[] nodes = new TSNode[16];

  /** The index of the function enclosing each function, or -1. */
  private int[] parent = new int[16];

  private int size;

  FunctionScopes(SyntaxTree tree) {
    this.tree = tree;
  }

  /**
   * Adds {@code fn}, a function node; functions come in document order (pre-order: a function
   * before the ones inside it), as a tree walk meets them.
   */
  void add(TSNode fn) {
    int s = fn.getStartByte();
    int e = fn.getEndByte();
    int p = size - 1;
    while (p >= 0 && !contains(p, s, e)) {
      p = parent[p];
    }
    if (size == startByte.length) {
      int n = size * 2;
      startByte = Arrays.copyOf(startByte, n);
      endByte = Arrays.copyOf(endByte, n);
      startChar = Arrays.copyOf(startChar, n);
      parent = Arrays.copyOf(parent, n);
      nodes = Arrays.copyOf(nodes, n);
    }
    startByte[size] = s;
    endByte[size] = e;
    startChar[size] = tree.start(fn);
    parent[size] = p;
    nodes[size] = fn;
    size++;
  }

  /**
   * The innermost function added so far that contains {@code node} (the node itself if it is one),
   * or -1: what climbing from the node to the first function ancestor finds.
   */
  int innermost(TSNode node) {
    if (node == null || node.isNull()) {
      return -1;
    }
    int s = node.getStartByte();
    int e = node.getEndByte();
    // The last function starting at or before s (of equal starts, the inner one: it came later).
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (startByte[mid] <= s) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int i = lo - 1;
    while (i >= 0
        && !(contains(i, s, e) && (startByte[i] != s || endByte[i] != e || holds(i, node)))) {
      i = parent[i];
    }
    return i;
  }

  /**
   * Whether function {@code i}, of the same range as {@code node}, is the node or holds it rather
   * than being held by it: a node and its only child share a range (a Python class body of one
   * method, a Go expression list of one function literal), so the range alone cannot tell.
   */
  private boolean holds(int i, TSNode node) {
    for (TSNode n = node;
        n != null
            && !n.isNull()
            && n.getStartByte() == startByte[i]
            && n.getEndByte() == endByte[i];
        n = n.getParent()) {
      if (TSNode.eq(n, nodes[i])) {
        return true;
      }
    }
    return false;
  }

  /** The function enclosing function {@code i} (the next one out), or -1. */
  int outer(int i) {
    return parent[i];
  }

  /** Where function {@code i} starts, in characters. */
  int start(int i) {
    return startChar[i];
  }

  /** The scope prefix of {@code node} in keys of variables: that of its innermost function. */
  String prefix(TSNode node) {
    return prefix(innermost(node));
  }

  /**
   * The scope prefix of function {@code i} in keys of variables ({@code 123:name}): its start in
   * characters; for -1, the file's ({@code file:name}).
   */
  String prefix(int i) {
    return (i < 0 ? "file" : String.valueOf(start(i))) + ":";
  }

  private boolean contains(int i, int s, int e) {
    return startByte[i] <= s && e <= endByte[i];
  }
}
