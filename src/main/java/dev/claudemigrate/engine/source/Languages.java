package dev.claudemigrate.engine.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides a file's language from its name, and whether it is test code from its path. */
public final class Languages {
  private static final Pattern TEST_PATH =
      Pattern.compile(
          "(^|/)(tests?|Tests|__tests__|spec|src/test|src/androidTest|testdata|test[_-]data|fixtures|__fixtures__|__mocks__)/"
              + "|_test\\.go$|(Test|Tests|IT|Spec)\\.(java|kt)$"
              + "|_(test|spec)\\.(rb|exs|dart)$|(Test|Tests|Spec|Suite)\\.(php|swift|scala|groovy)$"
              + "|\\.(test|spec)\\.(js|jsx|ts|tsx|mjs|cjs)$|(^|/)conftest\\.py$"
              + "|(^|/)(run[-_]([a-z0-9]+[-_])?)?tests?\\.(sh|bash|zsh)$"
              // .NET test projects: MyApp.Tests/, MyApp.UnitTests/, MyApp.IntegrationTest/
              + "|(^|/)[^/]+\\.(Unit|Integration|Functional|Acceptance)?Tests?/");

  /** Suffixes of a configuration template, named after the file it becomes without them. */
  private static final Set<String> TEMPLATE_SUFFIXES =
      Set.of("example", "sample", "template", "dist", "tpl", "tmpl");

  private Languages() {}

  /**
   * {@code #!/bin/sh}, {@code #!/usr/bin/env -S bash -e}, {@code #!/usr/bin/python3}: the program.
   */
  private static final Pattern SHEBANG =
      Pattern.compile("^#!\\s*\\S*/(?:env\\s+(?:-\\S+\\s+)*)?([A-Za-z]+)[0-9.]*(?:\\s|$)");

  /** The language of a file by its name, or empty for a file type the scanner does not read. */
  public static Optional<Language> detect(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) {
      return Optional.of(Language.DOTENV);
    }
    if (lower.equals("dockerfile")
        || lower.startsWith("dockerfile.")
        || lower.endsWith(".dockerfile")
        || lower.equals("containerfile")) {
      return Optional.of(Language.SHELL);
    }
    int dot = lower.lastIndexOf('.');
    String ext = dot < 0 ? "" : lower.substring(dot + 1);
    if (TEMPLATE_SUFFIXES.contains(ext) && dot > 0) {
      // terraform.tfvars.example, application.yml.template, config.json.dist: a template users
      // copy to the real name holds the same settings, so it is read (and rewritten) as that kind.
      String base = path.substring(0, path.length() - ext.length() - 1);
      Optional<Language> real = detect(base);
      if (real.isPresent()) {
        return real;
      }
    }
    return Optional.ofNullable(
        switch (ext) {
          case "py", "pyi" -> Language.PYTHON;
          case "java" -> Language.JAVA;
          case "js", "jsx", "mjs", "cjs" -> Language.JAVASCRIPT;
          case "ts", "tsx", "mts", "cts" -> Language.TYPESCRIPT;
          case "go" -> Language.GO;
          case "kt", "kts" -> Language.KOTLIN;
          case "rs" -> Language.RUST;
          case "cs" -> Language.CSHARP;
          case "json", "jsonc", "jsonl", "ndjson" -> Language.JSON;
          case "yaml", "yml" -> Language.YAML;
          case "properties" -> Language.PROPERTIES;
          case "toml" -> Language.TOML;
          case "tf", "tfvars", "hcl" -> Language.TERRAFORM;
          case "md", "markdown", "mdx" -> Language.MARKDOWN;
          case "ipynb" -> Language.NOTEBOOK;
          case "sh", "bash", "bats", "zsh", "ksh", "ps1", "psm1", "psd1" -> Language.SHELL;
          case "txt", "rst", "adoc", "asciidoc", "org" -> Language.PROSE;
          case "template", "cfn" -> Language.YAML;
          case "ini", "cfg", "conf" -> Language.PROPERTIES;
          default ->
              LexicalCode.isExtension(ext)
                  ? Language.OTHER_CODE
                  : Markup.EXTENSIONS.contains(ext) ? Language.MARKUP : null;
        });
  }

  /** Whether {@code path} is an INI file or HOCON ({@code .ini}, {@code .cfg}, {@code .conf}). */
  public static boolean isIni(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".ini") || lower.endsWith(".cfg") || lower.endsWith(".conf");
  }

  /** Whether {@code path} is a PowerShell script or module, read as a shell script. */
  public static boolean isPowerShell(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".ps1") || lower.endsWith(".psm1") || lower.endsWith(".psd1");
  }

  /**
   * Whether a file of no known type may be a script that names its interpreter in a {@code #!}
   * line: its name has no extension (bin/deploy, scripts/invoke).
   */
  public static boolean mayHaveShebang(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.indexOf('.', 1) < 0 && !name.startsWith(".");
  }

  /**
   * The language a script's first line names ({@code #!/bin/bash}, {@code #!/usr/bin/env python3},
   * {@code #!/usr/bin/env node}), or empty.
   */
  public static Optional<Language> fromShebang(String firstLine) {
    Matcher m = SHEBANG.matcher(firstLine);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (m.group(1)) {
          case "sh", "bash", "bats", "zsh", "ksh", "dash", "ash" -> Language.SHELL;
          case "python" -> Language.PYTHON;
          case "node", "deno", "bun" -> Language.JAVASCRIPT;
          default -> null;
        });
  }

  /**
   * Python files named like tests outside a test folder: pytest collects them only when they hold
   * tests, and a {@code test_runner.py} or {@code load_test.py} that runs the application is not.
   */
  private static final Pattern PYTHON_TEST_NAME =
      Pattern.compile("(^|/)test_[^/]*\\.py$|_test\\.py$");

  /** C# files named like tests outside a test project: tests only when they hold test methods. */
  private static final Pattern CSHARP_TEST_NAME = Pattern.compile("Tests?\\.cs$");

  private static final Pattern CSHARP_TEST_CODE =
      Pattern.compile("\\[\\s*(Fact|Theory|Test|TestMethod|TestCase|TestClass|TestFixture)\\b");

  private static final Pattern PYTHON_TEST_CODE =
      Pattern.compile(
          "(?m)^\\s*(?:async\\s+)?def test|^\\s*(?:import|from) (?:pytest|unittest)\\b");

  /**
   * The path that test-ness is read from: {@code path} (relative to the scan root) behind the name
   * of the scan root's own folder, so that {@code migrate scan tests/} or {@code migrate scan
   * test/aws.py} reads {@code tests/...} as a whole-repository scan does. Only the root's own name
   * counts, not the folders above it: a project that lives under {@code ~/tests/app} is not test
   * code.
   *
   * @param absolutePath where the file is on disk (reached from the scan root)
   * @param path its path relative to the scan root, forward slashes
   */
  public static String underRoot(Path absolutePath, String path) {
    Path root = absolutePath.toAbsolutePath().normalize();
    for (int i = path.split("/", -1).length; i > 0 && root != null; i--) {
      root = root.getParent();
    }
    Path name = root == null ? null : root.getFileName();
    return name == null ? path : name + "/" + path;
  }

  /**
   * Whether a path (relative, forward slashes) is test code by the usual conventions: a test
   * folder, a test file name, or a shell script named as a test runner ({@code test.sh}, {@code
   * run-tests.sh}, {@code run_all_tests.sh}; a {@code test-access.sh} that checks one thing by hand
   * is not).
   */
  public static boolean isTest(String path) {
    return TEST_PATH.matcher(path).find() || PYTHON_TEST_NAME.matcher(path).find();
  }

  /**
   * Whether a file is test code: by the path conventions of {@link #isTest(String)}, except that a
   * Python file that is a test by its name only must also hold a test function or import a test
   * framework, and a C# file named {@code *Tests.cs} or {@code *Test.cs} a test attribute ({@code
   * [Fact]}, {@code [Test]}, {@code [TestMethod]}, ...).
   */
  public static boolean isTest(String path, CharSequence text) {
    if (TEST_PATH.matcher(path).find()) {
      return true;
    }
    return (PYTHON_TEST_NAME.matcher(path).find() && PYTHON_TEST_CODE.matcher(text).find())
        || (CSHARP_TEST_NAME.matcher(path).find() && CSHARP_TEST_CODE.matcher(text).find());
  }
}
