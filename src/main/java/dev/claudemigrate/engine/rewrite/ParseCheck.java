package dev.claudemigrate.engine.rewrite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claudemigrate.engine.source.Language;
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
    return keepsParsing(language, false, before, after);
  }

  /** The same for a file whose TypeScript may be TSX ({@link SyntaxTree#isTsx}). */
  public static boolean keepsParsing(Language language, boolean tsx, String before, String after) {
    return !parses(language, tsx, before) || parses(language, tsx, after);
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
