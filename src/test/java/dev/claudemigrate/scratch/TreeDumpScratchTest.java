package dev.claudemigrate.scratch;

import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.treesitter.TSNode;

class TreeDumpScratchTest {
  @Test
  void dump() throws Exception {
    String only = System.getProperty("snip", "");
    try (var s = Files.list(Path.of("/tmp/snips"))) {
      for (Path p : s.sorted().toList()) {
        if (!only.isEmpty() && !p.getFileName().toString().startsWith(only)) continue;
        String text = Files.readString(p);
        SourceFile f = SourceFiles.fromText(p.getFileName().toString(), text);
        SyntaxTree t = f.syntax().orElseThrow();
        StringBuilder sb = new StringBuilder("=== " + p + "\n");
        dump(t, t.root(), null, 0, sb);
        Files.writeString(Path.of("/tmp/snips-out/" + p.getFileName() + ".txt"), sb.toString());
      }
    }
  }

  private void dump(SyntaxTree t, TSNode n, String field, int depth, StringBuilder sb) {
    if (!n.isNamed()) return;
    sb.append("  ".repeat(depth)).append(field == null ? "" : field + ": ").append(n.getType());
    if (n.getNamedChildCount() == 0) sb.append(" ").append(t.text(n).replace("\n", "\\n"));
    sb.append('\n');
    for (int i = 0; i < n.getChildCount(); i++) {
      dump(t, n.getChild(i), n.getFieldNameForChild(i), depth + 1, sb);
    }
  }
}
