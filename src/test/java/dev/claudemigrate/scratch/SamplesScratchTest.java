package dev.claudemigrate.scratch;

import dev.claudemigrate.engine.Finding;
import dev.claudemigrate.engine.rules.BuiltinRules;
import dev.claudemigrate.engine.rules.Rule;
import dev.claudemigrate.engine.source.Decoder;
import dev.claudemigrate.engine.source.Languages;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SamplesScratchTest {
  @Test
  void run() throws Exception {
    Path root = Path.of(System.getProperty("root", "/work/wt/samples/samples"));
    StringBuilder sb = new StringBuilder();
    java.util.Map<String, Long> times = new java.util.TreeMap<>();
    try (var s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(p).toString();
        var lang = Languages.detect(rel);
        if (lang.isEmpty()) continue;
        SourceFile f;
        try {
          f = SourceFiles.of(p, rel, lang.get(), Decoder.decode(Files.readAllBytes(p)));
        } catch (Exception e) { sb.append("DECODE ").append(rel).append(' ').append(e).append('\n'); continue; }
        for (Rule r : BuiltinRules.all()) {
          try {
            String text = f.text();
            if (!Boolean.getBoolean("force") && r.triggers(null).stream().noneMatch(text::contains)) continue;
            long t0 = System.nanoTime();
            var found = r.check(f, null);
            times.merge(r.id(), System.nanoTime() - t0, Long::sum);
            for (Finding x : found) {
              sb.append(rel).append('\t').append(x.span().line()).append('\t').append(x.ruleId()).append('\t').append(x.message()).append('\n');
            }
          } catch (Exception e) { sb.append("ERROR ").append(rel).append(' ').append(r.id()).append(' ').append(e).append('\n'); }
        }
      }
    }
    times.forEach((k, v) -> sb.append("TIME ").append(k).append(' ').append(v / 1_000_000).append(" ms\n"));
    Files.writeString(Path.of(System.getProperty("out", "/tmp/snips-out/samples.txt")), sb.toString());
  }
}
