package dev.claudemigrate.scratch;

import dev.claudemigrate.engine.rules.structure.Mapping;
import dev.claudemigrate.engine.rules.structure.Mappings;
import dev.claudemigrate.engine.rules.structure.Member;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MappingDumpScratchTest {
  @Test
  void dump() throws Exception {
    StringBuilder sb = new StringBuilder();
    try (var s = Files.list(Path.of("/tmp/snips"))) {
      for (Path p : s.sorted().toList()) {
        String text = Files.readString(p);
        SourceFile f = SourceFiles.fromText(p.getFileName().toString(), text);
        sb.append("=== ").append(p).append('\n');
        for (Mapping m : Mappings.of(f)) {
          sb.append("  Mapping@").append(f.span(m.start(), m.end()).line()).append(" parent=").append(m.parentMember() == null ? "-" : m.parentMember().key()).append('\n');
          for (Member mem : m.members()) {
            sb.append("    ").append(mem.key()).append(" [").append(text, mem.keyStart(), mem.keyEnd()).append("] = ")
              .append(mem.value().kind()).append(' ').append(mem.value().kind().name().equals("OBJECT") ? mem.value().mapping().toString() : mem.value().text().replace("\n", " ")).append('\n');
          }
        }
      }
    }
    Files.writeString(Path.of("/tmp/snips-out/mappings.txt"), sb.toString());
  }
}
