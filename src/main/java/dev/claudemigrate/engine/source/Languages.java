package dev.claudemigrate.engine.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

  /** Languages by lower-case file extension (other code and markup: {@link LexicalCode}, ...). */
  private static final Map<String, Language> BY_EXTENSION = byExtension();

  private static Map<String, Language> byExtension() {
    Map<String, Language> m = new HashMap<>();
    put(m, Language.PYTHON, "py", "pyi");
    put(m, Language.JAVA, "java");
    put(m, Language.JAVASCRIPT, "js", "jsx", "mjs", "cjs");
    put(m, Language.TYPESCRIPT, "ts", "tsx", "mts", "cts");
    put(m, Language.GO, "go");
    put(m, Language.KOTLIN, "kt", "kts");
    put(m, Language.RUST, "rs");
    put(m, Language.CSHARP, "cs");
    put(m, Language.JSON, "json", "jsonc", "jsonl", "ndjson");
    put(m, Language.YAML, "yaml", "yml", "template", "cfn");
    put(m, Language.PROPERTIES, "properties", "ini", "cfg", "conf");
    put(m, Language.TOML, "toml");
    put(m, Language.TERRAFORM, "tf", "tfvars", "hcl");
    put(m, Language.MARKDOWN, "md", "markdown", "mdx");
    put(m, Language.NOTEBOOK, "ipynb");
    put(m, Language.SHELL, "sh", "bash", "bats", "zsh", "ksh", "ps1", "psm1", "psd1");
    put(m, Language.PROSE, "txt", "rst", "adoc", "asciidoc", "org");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Language> m, Language lang, String... extensions) {
    for (String e : extensions) {
      m.put(e, lang);
    }
  }

  /** An extension {@link #detectFast} answers for, and its answer. */
  private record FastExtension(String ext, Optional<Language> language) {}

  /**
   * The extensions {@link #detectFast} answers for, by length and first letter: those {@link
   * #detect} finds by extension alone. Not "env" and "dockerfile" (names looked at first), nor a
   * template's suffix (read as the file it becomes).
   */
  private static final FastExtension[][][] FAST = fastExtensions();

  private static FastExtension[][][] fastExtensions() {
    Set<String> all = new TreeSet<>(BY_EXTENSION.keySet());
    all.addAll(LexicalCode.extensions());
    all.addAll(Markup.EXTENSIONS);
    all.removeAll(TEMPLATE_SUFFIXES);
    all.removeAll(Set.of("env", "dockerfile"));
    int longest = all.stream().mapToInt(String::length).max().orElse(0);
    List<List<List<FastExtension>>> grid = new ArrayList<>();
    for (int len = 0; len <= longest; len++) {
      List<List<FastExtension>> row = new ArrayList<>();
      for (int c = 0; c < 26; c++) {
        row.add(new ArrayList<>());
      }
      grid.add(row);
    }
    for (String e : all) {
      int slot = e.charAt(0) - 'a';
      if (slot >= 0 && slot < 26 && e.chars().allMatch(c -> c < 0x80)) {
        grid.get(e.length()).get(slot).add(new FastExtension(e, detectByName("x." + e)));
      }
    }
    FastExtension[][][] out = new FastExtension[longest + 1][26][];
    for (int len = 0; len <= longest; len++) {
      for (int c = 0; c < 26; c++) {
        List<FastExtension> cell = grid.get(len).get(c);
        out[len][c] = cell.isEmpty() ? null : cell.toArray(new FastExtension[0]);
      }
    }
    return out;
  }

  /**
   * {@code #!/bin/sh}, {@code #!/usr/bin/env -S bash -e}, {@code #!/usr/bin/python3}: the program.
   */
  private static final Pattern SHEBANG =
      Pattern.compile("^#!\\s*\\S*/(?:env\\s+(?:-\\S+\\s+)*)?([A-Za-z]+)[0-9.]*(?:\\s|$)");

  /** The language of a file by its name, or empty for a file type the scanner does not read. */
  public static Optional<Language> detect(String path) {
    Optional<Language> fast = detectFast(path);
    return fast != null ? fast : detectByName(path);
  }

  static Optional<Language> detectByName(String path) {
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
    Language known = BY_EXTENSION.get(ext);
    if (known != null) {
      return Optional.of(known);
    }
    return Optional.ofNullable(
        LexicalCode.isExtension(ext)
            ? Language.OTHER_CODE
            : Markup.EXTENSIONS.contains(ext) ? Language.MARKUP : null);
  }

  /**
   * {@link #detect} without a String made per call, for the usual name: an ASCII extension found in
   * {@link #FAST} and none of the names {@code detect} looks at first (.env, Dockerfile, a
   * template's suffix). Null when {@code detect} must decide. A walk asks for every file.
   */
  private static Optional<Language> detectFast(String path) {
    int nameStart = path.lastIndexOf('/') + 1;
    int dot = path.lastIndexOf('.');
    int length = path.length() - dot - 1;
    if (dot < nameStart || length < 1 || length >= FAST.length) {
      return null;
    }
    char first = path.charAt(dot + 1);
    int slot = (first | 0x20) - 'a';
    if (slot < 0 || slot >= 26 || FAST[length][slot] == null) {
      return null;
    }
    if (path.regionMatches(true, nameStart, ".env.", 0, 5)
        || path.regionMatches(true, nameStart, "dockerfile.", 0, 11)) {
      return null;
    }
    for (int i = dot + 1; i < path.length(); i++) {
      if (path.charAt(i) >= 0x80) {
        return null; // ignoring case is then not what lower-casing does
      }
    }
    for (FastExtension f : FAST[length][slot]) {
      if (path.regionMatches(true, dot + 1, f.ext(), 0, length)) {
        return f.language();
      }
    }
    return null;
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
    String plain = underPlainRoot(absolutePath, path);
    return plain != null ? plain : underRootByPath(absolutePath, path);
  }

  /**
   * {@link #underRoot} by string operations, for the usual absolute path without {@code .} or
   * {@code ..} names (normalized already): a dozen Path objects fewer per checked file. Null for
   * any other path.
   */
  private static String underPlainRoot(Path absolutePath, String path) {
    if (absolutePath.getFileSystem().getSeparator().charAt(0) != '/'
        || !absolutePath.isAbsolute()) {
      return null;
    }
    String s = absolutePath.toString();
    if (s.contains("/./") || s.contains("/../") || s.endsWith("/.") || s.endsWith("/..")) {
      return null;
    }
    int end = s.length();
    for (int i = 0, names = 1 + count(path, '/'); i < names; i++) {
      if (end == 0) {
        return path; // above the file system's root: no root name
      }
      end = s.lastIndexOf('/', end - 1);
      if (end < 0) {
        return null;
      }
    }
    int start = end == 0 ? 0 : s.lastIndexOf('/', end - 1) + 1;
    return end == 0 ? path : s.substring(start, end) + "/" + path;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  static String underRootByPath(Path absolutePath, String path) {
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
    return mayNameATest(path) && isTestByPatterns(path);
  }

  /**
   * Every path a test pattern of this class matches holds one of these: each alternative of {@link
   * #TEST_PATH}, {@link #PYTHON_TEST_NAME} and {@link #CSHARP_TEST_NAME} spells one (case counts).
   */
  private static final String[] TEST_WORDS = {
    "test", "Test", "spec", "Spec", "fixtures", "mocks", "IT.", "Suite"
  };

  /**
   * False when no test pattern can match {@code path}. Most paths hold none of {@link #TEST_WORDS},
   * and the patterns, tried at every character of the path, took 6 % of the rules' time on the
   * benchmark tree's files (docs/performance.md).
   */
  private static boolean mayNameATest(String path) {
    for (String w : TEST_WORDS) {
      if (path.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #isTest(String)} by the patterns alone (the reference for the guard's test). */
  static boolean isTestByPatterns(String path) {
    return TEST_PATH.matcher(path).find() || PYTHON_TEST_NAME.matcher(path).find();
  }

  /** {@link #isTest(String, CharSequence)} by the patterns alone (the guard's reference too). */
  static boolean isTestByPatterns(String path, CharSequence text) {
    if (TEST_PATH.matcher(path).find()) {
      return true;
    }
    return (PYTHON_TEST_NAME.matcher(path).find() && PYTHON_TEST_CODE.matcher(text).find())
        || (CSHARP_TEST_NAME.matcher(path).find() && CSHARP_TEST_CODE.matcher(text).find());
  }

  /**
   * Whether a file is test code: by the path conventions of {@link #isTest(String)}, except that a
   * Python file that is a test by its name only must also hold a test function or import a test
   * framework, and a C# file named {@code *Tests.cs} or {@code *Test.cs} a test attribute ({@code
   * [Fact]}, {@code [Test]}, {@code [TestMethod]}, ...).
   */
  public static boolean isTest(String path, CharSequence text) {
    return mayNameATest(path) && isTestByPatterns(path, text);
  }
}
