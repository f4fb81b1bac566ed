package dev.claudemigrate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The anchored identifier search finds exactly what the pattern's own search finds. */
class IdFinderTest {
  private static final Catalog CATALOG = Catalog.builtin();

  @Test
  void builtinCatalogIsSearchedFromTheAnchor() {
    assertTrue(CATALOG.idSearchAnchored());
  }

  @Test
  void sameAsPlainSearchOnTrickyText() {
    List<String> texts =
        List.of(
            "anthropic.claude-3-5-sonnet-20240620-v1:0",
            "x=us.anthropic.claude-3-5-sonnet-20241022-v2:0,eu.anthropic.claude-3-5-sonnet-20241022-v2:0",
            "arn:aws:bedrock:us-east-1:123456789012:foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
            "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0\n",
            "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
            "'claude-3-5-sonnet-20241022' \"claude-3-5-sonnet-latest\" claude-3-5-sonnet@20240620 claude-3-5-sonnet-v2@20241022",
            "xclaude-3-5-sonnet-20241022 claude-3-5-sonnet-20241022x claude-3-5-sonnet-20241022:1 claude-3-5-sonnet-20241022.",
            "anthropic.claude-4-sonnet-20240514-v1:0/anthropic.claude-3-haiku-20240307-v1:0 claudeclaude claude",
            "global.anthropic.claude-sonnet-4-20250514-v1:0 apac.anthropic.claude-3-5-sonnet-20240620-v1:0",
            "claude-3-5-sonnet-20241022claude-3-5-sonnet-20241022 é claude-3-5-sonnet-20241022🎉claude-3-haiku-20240307",
            "//us.anthropic.claude-3-5-sonnet-20241022-v2:0 ///claude-3-5-sonnet-20241022\n"
                + "////claude-3-5-sonnet-20241022 a//claude-3-5-sonnet-20241022 x://claude-3-5-sonnet-20241022");
    for (String t : texts) {
      assertEquals(CATALOG.findIdsPlain(t), CATALOG.findIds(t), t);
    }
    assertEquals(2, CATALOG.findIds(texts.get(1)).size());
    assertEquals(
        List.of("us.anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3-5-sonnet-20241022"),
        CATALOG.findIds(texts.get(texts.size() - 1)).stream().map(IdMatch::text).toList(),
        "a comment opener before an ID is not part of it; four slashes, a word or a scheme are");
  }

  @Test
  void sameAsPlainSearchOnEveryTestFile() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("samples", "src/test/resources", "docs")) {
      try (Stream<Path> s = Files.walk(Path.of(root))) {
        s.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    int found = 0;
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      List<IdMatch> expected = CATALOG.findIdsPlain(text);
      assertEquals(expected, CATALOG.findIds(text), f.toString());
      found += expected.size();
    }
    assertTrue(found > 50, "the corpus names model IDs: " + found);
  }
}
