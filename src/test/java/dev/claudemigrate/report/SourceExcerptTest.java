package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceExcerptTest {
  private static List<String> excerpt(String path, String text, String match) {
    SourceFile f = SourceFiles.fromText(path, text);
    int s = text.indexOf(match);
    Finding finding =
        Findings.at(
            SampleResult.MODEL_ID, Severity.ERROR, f, s, s + match.length(), "m", null, List.of());
    return SourceExcerpt.render(f, finding, "", new Ansi(false));
  }

  @Test
  void longLineIsCutToAWindowAroundTheMatch() {
    String line = "x".repeat(500) + SampleResult.OLD + "y".repeat(500);
    List<String> out = excerpt("a.txt", line + "\n", SampleResult.OLD);
    assertTrue(out.get(0).length() < SourceExcerpt.MAX_WIDTH + 20, out.get(0));
    assertTrue(out.get(0).startsWith("1 | ..." + "x".repeat(40) + SampleResult.OLD), out.get(0));
    assertTrue(out.get(0).endsWith("..."));
    int caret = out.get(1).indexOf('^');
    assertEquals(out.get(0).indexOf(SampleResult.OLD), caret);
    assertEquals(SampleResult.OLD.length(), out.get(1).length() - caret);
  }

  @Test
  void matchOverSeveralLinesIsMarkedToTheEndOfItsFirstLine() {
    List<String> out = excerpt("a.txt", "ab\"first\nsecond\"\n", "first\nsecond");
    assertEquals(List.of("1 | ab\"first", "  |    ^^^^^"), out);
  }

  @Test
  void crlfLineEndingsAreNotShown() {
    List<String> out =
        excerpt("a.txt", "one\r\nkey=" + SampleResult.OLD + "\r\n", SampleResult.OLD);
    assertEquals("2 | key=" + SampleResult.OLD, out.get(0));
    assertEquals("  |     " + "^".repeat(SampleResult.OLD.length()), out.get(1));
  }
}
