package dev.claudemigrate.scratch;

import dev.claudemigrate.engine.rules.structure.Mappings;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PerfScratchTest {
  @Test
  void perf() throws Exception {
    Path p = Path.of(System.getProperty("file", "/tmp/pysub/email/_header_value_parser.py"));
    String text = Files.readString(p);
    StringBuilder sb = new StringBuilder();
    for (int round = 0; round < 3; round++) {
      SourceFile f = SourceFiles.fromText(p.getFileName().toString(), text);
      long t0 = System.nanoTime();
      SyntaxTree t = f.syntax().orElseThrow();
      long t1 = System.nanoTime();
      int[] n = {0};
      t.walk(x -> n[0]++);
      long t2 = System.nanoTime();
      int[] m = {0};
      t.walk(x -> { if (x.isNamed()) m[0] += x.getType().length(); });
      long t3 = System.nanoTime();
      var maps = Mappings.of(f);
      long t4 = System.nanoTime();
      f.contextAt(0);
      long t5 = System.nanoTime();
      sb.append(String.format("parse %d walk %d (%d nodes) walk+type %d mappings %d (%d) contexts %d%n",
          (t1 - t0) / 1000000, (t2 - t1) / 1000000, n[0], (t3 - t2) / 1000000, (t4 - t3) / 1000000, maps.size(), (t5 - t4) / 1000000));
    }
    Files.writeString(Path.of("/tmp/snips-out/perf.txt"), sb.toString());
  }
}
