package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportsGoldenTest {
  static final ToolInfo TOOL = ToolInfo.of("1.2.3", "https://example.org/claude-migrate");
  private final Reports plain = new Reports(TOOL, false);

  @ParameterizedTest
  @CsvSource({
    "TEXT, sample.txt",
    "JSON, sample.json",
    "SARIF, sample.sarif",
    "MARKDOWN, sample.md"
  })
  void sampleResultMatchesGoldenFile(ReportFormat format, String golden) throws IOException {
    Golden.assertMatches(golden, plain.render(format, SampleResult.result(), SampleResult.rules()));
  }

  @ParameterizedTest
  @CsvSource({"TEXT, empty.txt", "JSON, empty.json", "MARKDOWN, empty.md"})
  void emptyResultMatchesGoldenFile(ReportFormat format, String golden) throws IOException {
    Golden.assertMatches(golden, plain.render(format, SampleResult.empty(), SampleResult.rules()));
  }

  @Test
  void textHasColourOnlyWhenAsked() {
    String coloured =
        new Reports(TOOL, true)
            .render(ReportFormat.TEXT, SampleResult.result(), SampleResult.rules());
    String uncoloured =
        plain.render(ReportFormat.TEXT, SampleResult.result(), SampleResult.rules());
    assertTrue(coloured.contains("\u001b[1;31merror\u001b[0m"), coloured);
    assertTrue(
        coloured.contains("\u001b[1;4m" + SampleResult.OLD + "\u001b[0m"), "match highlighted");
    assertFalse(uncoloured.contains("\u001b"), uncoloured);
    assertTrue(
        uncoloured.endsWith(
            "\n6 findings (3 errors, 1 warning, 2 info) in 4 files;\n4 fixable by 'migrate apply'\n"),
        uncoloured);
  }
}
