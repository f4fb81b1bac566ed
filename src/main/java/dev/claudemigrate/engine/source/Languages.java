package dev.claudemigrate.engine.source;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Decides a file's language from its name, and whether it is test code from its path. */
public final class Languages {
  private static final Pattern TEST_PATH =
      Pattern.compile(
          "(^|/)(tests?|__tests__|spec|src/test|src/androidTest|testdata)/"
              + "|(^|/)test_[^/]*\\.py$|_test\\.(py|go)$|(Test|Tests|IT|Spec)\\.(java|kt)$"
              + "|\\.(test|spec)\\.(js|jsx|ts|tsx|mjs|cjs)$|(^|/)conftest\\.py$");

  private Languages() {}

  /** The language of a file by its name, or empty for a file type the scanner does not read. */
  public static Optional<Language> detect(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) {
      return Optional.of(Language.DOTENV);
    }
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    return Optional.ofNullable(
        switch (ext) {
          case "py", "pyi" -> Language.PYTHON;
          case "java" -> Language.JAVA;
          case "js", "jsx", "mjs", "cjs" -> Language.JAVASCRIPT;
          case "ts", "tsx", "mts", "cts" -> Language.TYPESCRIPT;
          case "go" -> Language.GO;
          case "kt", "kts" -> Language.KOTLIN;
          case "json", "jsonc", "jsonl" -> Language.JSON;
          case "yaml", "yml" -> Language.YAML;
          case "properties" -> Language.PROPERTIES;
          case "tf", "tfvars", "hcl" -> Language.TERRAFORM;
          case "md", "markdown", "mdx" -> Language.MARKDOWN;
          case "ipynb" -> Language.NOTEBOOK;
          case "template" -> Language.YAML;
          default -> null;
        });
  }

  /** Whether a path (relative, forward slashes) is test code by the usual conventions. */
  public static boolean isTest(String path) {
    return TEST_PATH.matcher(path).find();
  }
}
