package dev.claudemigrate.engine.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The test regions of a Rust file outside a test folder: an item under {@code #[cfg(test)]} (by
 * convention {@code mod tests { ... }} at the end of the file) is compiled only for {@code cargo
 * test}, and a file with the inner attribute {@code #![cfg(test)]} is test code as a whole.
 */
final class RustTestRegions {
  private static final Pattern CFG_TEST =
      Pattern.compile("#!?\\[\\s*cfg\\s*\\(\\s*test\\s*\\)\\s*]");

  private RustTestRegions() {}

  /** The {@code [start, end)} character ranges of the file's test code; parses only when needed. */
  static List<int[]> of(SourceFile file) {
    List<int[]> out = new ArrayList<>();
    if (!CFG_TEST.matcher(file.text()).find()) {
      return out;
    }
    SyntaxTree tree = file.syntax().orElse(null);
    if (tree == null) {
      return out;
    }
    for (TSNode node : tree.find("attribute_item", "inner_attribute_item")) {
      if (!CFG_TEST.matcher(tree.text(node)).matches()) {
        continue;
      }
      if (node.getType().equals("inner_attribute_item")) {
        TSNode scope = node.getParent();
        out.add(new int[] {tree.start(scope), tree.end(scope)});
        continue;
      }
      TSNode item = node.getNextNamedSibling();
      while (item != null
          && !item.isNull()
          && (item.getType().equals("attribute_item") || item.getType().contains("comment"))) {
        item = item.getNextNamedSibling();
      }
      if (item != null && !item.isNull()) {
        out.add(new int[] {tree.start(node), tree.end(item)});
      }
    }
    return out;
  }
}
