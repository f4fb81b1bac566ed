package dev.claudemigrate.engine.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TreeSitterCSharp;
import org.treesitter.TreeSitterGo;
import org.treesitter.TreeSitterJava;
import org.treesitter.TreeSitterJavascript;
import org.treesitter.TreeSitterKotlin;
import org.treesitter.TreeSitterPython;
import org.treesitter.TreeSitterRust;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/**
 * A tree-sitter parse of a file's text, with node positions translated from UTF-8 bytes (what
 * tree-sitter counts) to the character offsets that findings and edits use.
 */
public final class SyntaxTree {
  private final TSTree tree;
  private final String text;

  /** charAtByte[b] is the char offset of UTF-8 byte b; null when the text is ASCII (identity). */
  private final int[] charAtByte;

  private SyntaxTree(TSTree tree, String text, int[] charAtByte) {
    this.tree = tree;
    this.text = text;
    this.charAtByte = charAtByte;
  }

  /** Parses {@code text} with the grammar for {@code language}; the language must be code. */
  public static SyntaxTree parse(Language language, String text) {
    return parse(language, false, text);
  }

  /**
   * Parses {@code text} with the grammar for {@code language}; the language must be code.
   *
   * @param tsx whether TypeScript is TSX (a {@code .tsx} file): JSX elements are not TypeScript,
   *     and the TypeScript grammar turns a component's whole body into errors
   */
  public static SyntaxTree parse(Language language, boolean tsx, String text) {
    NativeLibraries.prepare();
    TSParser parser;
    try {
      parser = new TSParser();
      parser.setLanguage(
          tsx && language == Language.TYPESCRIPT ? new TreeSitterTsx() : grammar(language));
    } catch (LinkageError e) {
      // ExceptionInInitializerError at first, NoClassDefFoundError on every later try.
      throw NativeLibraries.loadFailed(e);
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    TSTree tree = parser.parseString(null, text);
    return new SyntaxTree(
        tree, text, utf8.length == text.length() ? null : byteToChar(text, utf8.length));
  }

  private static TSLanguage grammar(Language language) {
    return switch (language) {
      case PYTHON -> new TreeSitterPython();
      case JAVA -> new TreeSitterJava();
      case JAVASCRIPT -> new TreeSitterJavascript();
      case TYPESCRIPT -> new TreeSitterTypescript();
      case GO -> new TreeSitterGo();
      case KOTLIN -> new TreeSitterKotlin();
      case RUST -> new TreeSitterRust();
      case CSHARP -> new TreeSitterCSharp();
      default -> throw new IllegalArgumentException("no grammar for " + language);
    };
  }

  private static int[] byteToChar(String text, int byteLength) {
    int[] map = new int[byteLength + 1];
    int b = 0;
    for (int i = 0; i < text.length(); i++) {
      int cp = text.codePointAt(i);
      int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      for (int k = 0; k < n; k++) {
        map[b++] = i;
      }
      if (Character.isSupplementaryCodePoint(cp)) {
        i++;
      }
    }
    map[byteLength] = text.length();
    return map;
  }

  public TSNode root() {
    return tree.getRootNode();
  }

  /** Whether a file at {@code path} is TSX, which its own grammar parses. */
  public static boolean isTsx(String path) {
    return path.regionMatches(true, path.length() - 4, ".tsx", 0, 4);
  }

  /** Whether the parse has syntax errors anywhere. */
  public boolean hasErrors() {
    return root().hasError();
  }

  /** Character offset where {@code node} starts. */
  public int start(TSNode node) {
    return toChar(node.getStartByte());
  }

  /** Character offset just past where {@code node} ends. */
  public int end(TSNode node) {
    return toChar(node.getEndByte());
  }

  /** The source text of {@code node}. */
  public String text(TSNode node) {
    return text.substring(start(node), end(node));
  }

  /** The smallest named node that covers the characters {@code [start, end)}. */
  public TSNode nodeAt(int start, int end) {
    return root().getNamedDescendantForByteRange(toByte(start), toByte(end));
  }

  /** Visits every node, named or not, in document order. */
  public void walk(Consumer<TSNode> visitor) {
    walk(root(), visitor);
  }

  private static void walk(TSNode node, Consumer<TSNode> visitor) {
    visitor.accept(node);
    int n = node.getChildCount();
    for (int i = 0; i < n; i++) {
      walk(node.getChild(i), visitor);
    }
  }

  /** All nodes of the given types, in document order. */
  public List<TSNode> find(String... types) {
    List<TSNode> out = new ArrayList<>();
    Set<String> wanted = Set.of(types);
    walk(
        n -> {
          if (wanted.contains(n.getType())) {
            out.add(n);
          }
        });
    return out;
  }

  /** The nearest ancestor of {@code node} (itself included) of one of the given types, or null. */
  public static TSNode ancestor(TSNode node, String... types) {
    Set<String> wanted = Set.of(types);
    for (TSNode n = node; n != null && !n.isNull(); n = n.getParent()) {
      if (wanted.contains(n.getType())) {
        return n;
      }
    }
    return null;
  }

  private int toChar(int byteOffset) {
    return charAtByte == null
        ? byteOffset
        : charAtByte[Math.min(byteOffset, charAtByte.length - 1)];
  }

  /**
   * The UTF-8 byte offset where the character at {@code charOffset} starts (the text's length in
   * bytes at its end): the first byte whose character is not before it, found by binary search, as
   * {@code charAtByte} never falls. (Re-encoding the text's prefix made each lookup linear in the
   * offset, and a file's lookups quadratic: 15 s for one 3.6 MB bundle with non-ASCII text.)
   */
  int toByte(int charOffset) {
    if (charAtByte == null) {
      return charOffset;
    }
    int lo = 0;
    int hi = charAtByte.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (charAtByte[mid] < charOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
