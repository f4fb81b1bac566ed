package dev.claudemigrate.engine.apply;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.claudemigrate.engine.rewrite.ParseCheck;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import java.io.IOException;
import java.util.Optional;

/**
 * Checks that a rewrite keeps a file well-formed: code re-parses without errors (tree-sitter), JSON
 * and notebooks stay JSON, YAML stays YAML (every document). A file that was not well-formed before
 * is not held to it after, since a rewrite of one string cannot be blamed for it.
 */
final class RewriteValidator {
  /** JSON as tools accept it in the wild: comments (.jsonc), trailing commas, and JSON Lines. */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private static final YAMLFactory YAML = new YAMLFactory();

  private RewriteValidator() {}

  /** Why {@code newText} is not an acceptable rewrite of {@code original}, if it is not. */
  static Optional<String> problem(SourceFile original, String newText) {
    Language lang = original.language();
    if (lang.isCode()) {
      return ParseCheck.keepsParsing(original, newText)
          ? Optional.empty()
          : Optional.of("the rewritten file would not parse as " + lang.id());
    }
    return switch (lang) {
      case JSON, NOTEBOOK -> structured(original.text(), newText, JSON, lang.id());
      case YAML -> structured(original.text(), newText, YAML, "yaml");
      default -> Optional.empty();
    };
  }

  private static Optional<String> structured(
      String before, String after, JsonFactory factory, String what) {
    if (parseError(before, factory).isPresent()) {
      return Optional.empty();
    }
    return parseError(after, factory)
        .map(e -> "the rewritten file would not be valid " + what + " (" + e + ")");
  }

  /** Reads every token of every root value or document; the first error's one-line message. */
  static Optional<String> parseError(String text, JsonFactory factory) {
    try (JsonParser p = factory.createParser(text)) {
      while (p.nextToken() != null) {
        // Reading the tokens is the check.
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      String msg = String.valueOf(e.getMessage());
      int nl = msg.indexOf('\n');
      return Optional.of(nl < 0 ? msg : msg.substring(0, nl));
    }
  }
}
