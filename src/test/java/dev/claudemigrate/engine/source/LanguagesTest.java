package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  /**
   * The cheap guard in front of the test patterns changes no answer: paths built at random from the
   * patterns' own words, their near misses and random characters, each with test code, without, and
   * with a C# test attribute.
   */
  @Test
  void testPathGuardAgreesWithThePatterns() {
    String[] parts =
        ("tests test Tests __tests__ spec specs src androidTest testdata test_data "
                + "test-data fixtures __fixtures__ __mocks__ mocks MyApp.Tests App.UnitTests "
                + "App.IntegrationTest lib app conftest.py run-tests.sh run_all_tests.sh test.sh "
                + "test-access.sh FooTest.java FooIT.java FooSpec.kt foo_test.go foo_spec.rb "
                + "FooSuite.scala foo.test.ts foo.spec.js test_foo.py foo_test.py FooTests.cs "
                + "FooTest.cs Foo.cs main.py index.ts IT Contest.java latest.py Attestation.java "
                + "inspect.py ITEM.java Suite.php")
            .split(" ");
    String[] texts = {"x = 1\n", "def test_x():\n    pass\n", "[Fact]\npublic void A() {}\n"};
    String noise = "tTeEsSpPcCIifFmMuU._-/xy";
    java.util.Random random = new java.util.Random(14);
    int tests = 0;
    for (int k = 0; k < 30_000; k++) {
      StringBuilder path = new StringBuilder();
      for (int j = 0, n = 1 + random.nextInt(5); j < n; j++) {
        path.append(j == 0 ? "" : "/").append(parts[random.nextInt(parts.length)]);
      }
      for (int j = random.nextInt(3); j > 0; j--) {
        path.insert(
            random.nextInt(path.length() + 1), noise.charAt(random.nextInt(noise.length())));
      }
      String p = path.toString();
      for (String text : texts) {
        boolean expected = Languages.isTestByPatterns(p, text);
        assertEquals(expected, Languages.isTest(p, text), p);
        tests += expected ? 1 : 0;
      }
      assertEquals(Languages.isTestByPatterns(p), Languages.isTest(p), p);
    }
    assertTrue(tests > 10_000 && tests < 80_000, "both answers are exercised: " + tests);
  }

  @Test
  void aTemplateIsReadAsTheKindOfTheFileItBecomes() {
    assertEquals(
        Optional.of(Language.TERRAFORM), Languages.detect("infra/terraform.tfvars.example"));
    assertEquals(
        Optional.of(Language.YAML), Languages.detect("src/main/resources/application.yml.sample"));
    assertEquals(Optional.of(Language.JSON), Languages.detect("config/settings.json.dist"));
    assertEquals(Optional.of(Language.SHELL), Languages.detect("deploy/run.sh.tpl"));
    assertEquals(Optional.of(Language.PROPERTIES), Languages.detect("app.properties.template"));
    assertEquals(Optional.of(Language.SHELL), Languages.detect("Dockerfile.template"));
    assertEquals(Optional.of(Language.SHELL), Languages.detect("scripts/setup.ps1"));
    assertEquals(Optional.of(Language.SHELL), Languages.detect("Modules/Bedrock.psm1"));
  }

  /** Holdout17: Bats test files (shell run by bats-core) set the model of live CLI tests. */
  @Test
  void batsTestsAreShell() {
    assertEquals(Optional.of(Language.SHELL), Languages.detect("test/cli/test_bedrock.bats"));
    assertEquals(Optional.of(Language.SHELL), Languages.fromShebang("#!/usr/bin/env bats"));
  }

  @Test
  void rustSourcesAreCode() {
    assertEquals(Optional.of(Language.RUST), Languages.detect("src/main.rs"));
    assertEquals(Optional.of(Language.RUST), Languages.detect("crates/kb/src/LIB.RS"));
    assertTrue(Language.RUST.isCode());
  }

  @Test
  void csharpSourcesAreCode() {
    assertEquals(Optional.of(Language.CSHARP), Languages.detect("src/App/Models/Model.cs"));
    assertEquals(Optional.of(Language.CSHARP), Languages.detect("Program.CS"));
    assertTrue(Language.CSHARP.isCode());
    assertEquals("csharp", Language.CSHARP.id());
  }

  @Test
  void languagesWithoutAGrammarAndMarkupAreReadLexically() {
    for (String p :
        new String[] {
          "app/models/chat.rb",
          "src/Chat.php",
          "Sources/App.swift",
          "lib/a.dart",
          "src/main/scala/A.scala",
          "build.gradle",
          "lib/chat.ex",
          "init.lua",
          "src/main.cpp"
        }) {
      assertEquals(Optional.of(Language.OTHER_CODE), Languages.detect(p), p);
    }
    for (String p : new String[] {"index.html", "src/App.vue", "beans.xml", "Page.svelte"}) {
      assertEquals(Optional.of(Language.MARKUP), Languages.detect(p), p);
    }
    assertEquals(Optional.of(Language.PROPERTIES), Languages.detect("conf/application.conf"));
    assertEquals(Optional.of(Language.PROPERTIES), Languages.detect("setup.cfg"));
    assertEquals(Optional.of(Language.YAML), Languages.detect("infra/base.cfn"));
    assertFalse(Language.OTHER_CODE.isCode()); // no grammar: no parse, no parse check
    for (String p : new String[] {"data/models.csv", "a.sql", "logo.svg", "x.http"}) {
      assertEquals(Optional.empty(), Languages.detect(p), p);
    }
  }

  @Test
  void testsOfLexicallyReadLanguagesAreTestCode() {
    for (String p :
        new String[] {
          "spec/chat_spec.rb",
          "lib/chat_test.dart",
          "src/ChatTest.php",
          "Tests/AppTests/ChatTests.swift",
          "test/chat_test.exs",
          "src/ChatSpec.scala"
        }) {
      assertTrue(Languages.isTest(p), p);
    }
    assertFalse(Languages.isTest("app/models/chat.rb"));
    assertFalse(Languages.isTest("Sources/Chat.swift"));
  }

  @Test
  void aTemplateOfNoKnownKindStaysUnread() {
    assertEquals(Optional.empty(), Languages.detect(".git/hooks/pre-commit.sample"));
    assertEquals(Optional.empty(), Languages.detect("notes.example"));
    assertEquals(Optional.empty(), Languages.detect("image.png.dist"));
  }

  @Test
  void aBareTemplateIsStillACloudFormationTemplate() {
    assertEquals(Optional.of(Language.YAML), Languages.detect("stack.template"));
  }

  @Test
  void orgModeDocumentsAreProse() {
    assertEquals(Optional.of(Language.PROSE), Languages.detect("README.org"));
    assertEquals(Optional.of(Language.PROSE), Languages.detect("docs/notes.ORG"));
  }

  @Test
  void dotenvTemplatesStayDotenv() {
    assertEquals(Optional.of(Language.DOTENV), Languages.detect(".env.example"));
  }

  /** Shell scripts named as test runners are test code; a script named after one check is not. */
  @Test
  void aShellTestRunnerIsTestCodeAHandCheckIsNot() {
    for (String runner :
        new String[] {
          "test.sh",
          "scripts/tests.sh",
          "run-tests.sh",
          "run_tests.bash",
          "ci/run_all_tests.sh",
          "run-integration-tests.sh"
        }) {
      assertTrue(Languages.isTest(runner), runner);
    }
    for (String other :
        new String[] {
          "scripts/test-bedrock-access.sh", "test_fallback.sh", "run-test-execution.sh",
          "contest.sh", "run-tests.py", "latest.sh"
        }) {
      assertFalse(Languages.isTest(other), other);
    }
  }

  /**
   * The scan root's own folder name is read with the path below it: {@code migrate scan tests/}
   * sees {@code tests/a.py}, a single file root sees its folder; the folders above do not count.
   */
  @Test
  void testNessReadsTheScanRootsOwnName() {
    Path inTests = Path.of("/work/app/tests/aws_live.py");
    assertEquals("tests/aws_live.py", Languages.underRoot(inTests, "aws_live.py"));
    assertTrue(Languages.isTest(Languages.underRoot(inTests, "aws_live.py")));
    assertEquals("app/tests/aws_live.py", Languages.underRoot(inTests, "tests/aws_live.py"));
    Path below = Path.of("/home/tests/app/src/run.py");
    assertEquals("app/src/run.py", Languages.underRoot(below, "src/run.py"));
    assertFalse(Languages.isTest(Languages.underRoot(below, "src/run.py")));
    assertEquals("a.py", Languages.underRoot(Path.of("/a.py"), "a.py"));
  }

  /** The string shortcut of underRoot gives what the Path operations give, on every shape. */
  @Test
  void underRootByStringsAgreesWithPathOperations() {
    String[] files = {
      "/work/app/tests/aws_live.py",
      "/a.py",
      "/",
      "/x",
      "/a/b/c/d.py",
      "/a/./b/c.py",
      "/a/../b/c.py",
      "/a/b/..",
      "/a/b/.",
      "/a/.../b.py",
      "relative/a/b.py",
      "a.py",
      "./a/b.py",
      "/tmp/t/svc10/conf/m11/file1650.yaml",
      "/a//b/c.py"
    };
    String[] rels = {"a.py", "b/c.py", "x/y/z/w.py", "", "a/", "file1650.yaml"};
    for (String f : files) {
      for (String rel : rels) {
        Path p = Path.of(f);
        assertEquals(
            Languages.underRootByPath(p, rel), Languages.underRoot(p, rel), f + " under " + rel);
      }
    }
  }

  /** The walk's shortcut answers as the name rules do, for every kind of name. */
  @Test
  void detectsByExtensionAsTheNameRulesDo() {
    List<String> names = new ArrayList<>();
    for (String ext :
        List.of(
            "py",
            "PY",
            "Py",
            "java",
            "ts",
            "TSX",
            "go",
            "yaml",
            "YML",
            "json",
            "md",
            "ipynb",
            "rs",
            "cs",
            "tf",
            "env",
            "ENV",
            "dockerfile",
            "Dockerfile",
            "template",
            "example",
            "dist",
            "tpl",
            "tmpl",
            "sample",
            "cfn",
            "conf",
            "html",
            "vue",
            "rb",
            "swift",
            "c",
            "x",
            "zzz",
            "p\u00fd",
            "\u212Aotlin",
            "kt\u0130",
            "k",
            "1",
            "_py",
            "")) {
      for (String stem : List.of("a", ".env", "Dockerfile", "dockerfile", ".ENV", "app.yml", "")) {
        for (String dir : List.of("", "src/", ".env/", "a.b/")) {
          names.add(dir + stem + "." + ext);
          names.add(dir + stem + ext);
        }
      }
    }
    names.addAll(List.of(".env", "Containerfile", "x.dockerfile", "bin/run", "a/.bashrc", "."));
    for (String name : names) {
      assertEquals(Languages.detectByName(name), Languages.detect(name), name);
    }
  }
}
