package dev.claudemigrate.engine.rewrite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SyntaxTree;
import java.io.IOException;

/**
 * Whether a text parses in its language: tree-sitter for code, Jackson for JSON, notebooks and
 * YAML.
 */
public final class ParseCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private ParseCheck() {}

  /**
   * True when {@code after} parses, or when {@code before} did not parse either (nothing to keep).
   */
  public static boolean keepsParsing(Language language, String before, String after) {
    return !parses(language, false, before) || parses(language, false, after);
  }

  /**
   * The same for {@code after}, an edit of {@code file}: parsed with the file's own grammar (TSX
   * for a {@code .tsx} file), and the text before judged by the tree the file already has.
   */
  public static boolean keepsParsing(SourceFile file, String after) {
    Language language = file.language();
    boolean before =
        language.isCode()
            ? file.syntax().map(t -> !t.hasErrors()).orElse(false)
            : parses(language, false, file.text());
    return !before || parses(language, SyntaxTree.isTsx(file.path()), after);
  }

  static boolean parses(Language language, boolean tsx, String text) {
    if (language.isCode()) {
      return !SyntaxTree.parse(language, tsx, text).hasErrors();
    }
    return switch (language) {
      case JSON, NOTEBOOK -> readsAll(JSON, text);
      case YAML -> readsAll(YAML, text);
      default -> true;
    };
  }

  private static boolean readsAll(ObjectMapper mapper, String text) {
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(text)) {
      while (it.hasNextValue()) {
        it.nextValue();
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
