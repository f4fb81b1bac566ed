package dev.claudemigrate.engine.rewrite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
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
  // Parsers alone, not ObjectMapper's: whether a text parses needs its tokens read, not a tree
  // built, and an ObjectMapper loads about 300 classes of databind, cold in every run that edits
  // a JSON or YAML file (docs/adr/0116). The YAML parser is made on first use.
  private static final JsonFactory JSON = new JsonFactory();

  private static final class Yaml {
    static final JsonFactory FACTORY = new YAMLFactory();
  }

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
      case YAML -> readsAll(Yaml.FACTORY, text);
      default -> true;
    };
  }

  /** Whether every value in {@code text} (several, one after another, or none) parses. */
  private static boolean readsAll(JsonFactory factory, String text) {
    try (JsonParser p = factory.createParser(text)) {
      while (p.nextToken() != null) {
        // the tokens are read to be checked, and dropped
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
