package dev.claudemigrate.engine.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextMapsTest {

  /** The context of the first occurrence of {@code needle} in a file. */
  private static Context contextOf(String path, String text, String needle) {
    SourceFile f = SourceFiles.fromText(path, text);
    int at = text.indexOf(needle);
    assertTrue(at >= 0, needle);
    return f.contextAt(at);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a.py|x = \"MODEL\" # NOTE|MODEL|STRING_LITERAL",
        "a.py|x = \"MODEL\" # NOTE|NOTE|COMMENT",
        "a.py|x = \"MODEL\" # NOTE|x|CODE",
        "A.java|class A { String s = \"MODEL\"; // NOTE\\n}|MODEL|STRING_LITERAL",
        "A.java|class A { String s = \"MODEL\"; // NOTE\\n}|NOTE|COMMENT",
        "a.ts|const s: string = `MODEL`; /* NOTE */|MODEL|STRING_LITERAL",
        "a.ts|const s: string = `MODEL`; /* NOTE */|NOTE|COMMENT",
        "a.go|package m\\n// NOTE\\nvar s = \"MODEL\"|MODEL|STRING_LITERAL",
        "a.go|package m\\n// NOTE\\nvar s = \"MODEL\"|NOTE|COMMENT",
        "a.kt|val s = \"MODEL\" // NOTE|MODEL|STRING_LITERAL",
        "a.yaml|model: MODEL # NOTE|MODEL|CONFIG_VALUE",
        "a.yaml|model: MODEL # NOTE|NOTE|COMMENT",
        "a.yaml|model: \"MO#DEL\"|DEL|CONFIG_VALUE",
        ".env|# NOTE\\nMODEL_ID=MODEL|MODEL|CONFIG_VALUE",
        ".env|# NOTE\\nMODEL_ID=MODEL|NOTE|COMMENT",
        "a.properties|! NOTE\\nmodel=MODEL#x|x|CONFIG_VALUE",
        "a.properties|! NOTE\\nmodel=MODEL#x|NOTE|COMMENT",
        "main.tf|# NOTE\\nvariable \"m\" { default = \"MODEL\" }|MODEL|CONFIG_VALUE",
        "main.tf|# NOTE\\nvariable \"m\" { default = \"MODEL\" }|NOTE|COMMENT",
        "a.md|Use MODEL.\\n<!-- NOTE -->|MODEL|DOCUMENTATION",
        "a.md|Use MODEL.\\n<!-- NOTE -->|NOTE|COMMENT",
        "a.json|{\"model\": \"MODEL\"}|MODEL|CONFIG_VALUE",
        "setup.ps1|$env:ANTHROPIC_MODEL = \"MODEL\" # NOTE|MODEL|CONFIG_VALUE",
        "setup.ps1|$env:ANTHROPIC_MODEL = \"MODEL\" # NOTE|NOTE|COMMENT",
        "setup.ps1|<#\\n.SYNOPSIS\\n  NOTE\\n#>\\n$m = \"MODEL\"|NOTE|COMMENT",
        "setup.ps1|<#\\n.SYNOPSIS\\n  NOTE\\n#>\\n$m = \"MODEL\"|MODEL|CONFIG_VALUE",
        "Setup.PS1|$a = 1 <# NOTE #> ; $m = \"MODEL\" # X|MODEL|CONFIG_VALUE",
        "Setup.PS1|$a = 1 <# NOTE #> ; $m = \"MODEL\" # X|X|COMMENT",
        "setup.sh|echo <#\\nMODEL|MODEL|CONFIG_VALUE",
        "a.rb|m = \"MODEL\" # NOTE|MODEL|STRING_LITERAL",
        "a.rb|m = \"MODEL\" # NOTE|NOTE|COMMENT",
        "a.rb|=begin\\nNOTE\\n=end\\nm = 'MODEL'|NOTE|COMMENT",
        "a.rb|=begin\\nNOTE\\n=end\\nm = 'MODEL'|MODEL|STRING_LITERAL",
        "a.rb|x = ?'\\nm = 'MODEL'|MODEL|STRING_LITERAL",
        "a.php|#[Attr] $m = 'MODEL'; # NOTE|MODEL|STRING_LITERAL",
        "a.php|#[Attr] $m = 'MODEL'; # NOTE|NOTE|COMMENT",
        "a.swift|let m = \"\"\"\\nMODEL\\n\"\"\" /* NOTE */|MODEL|STRING_LITERAL",
        "a.swift|let m = \"\"\"\\nMODEL\\n\"\"\" /* NOTE */|NOTE|COMMENT",
        "a.lua|local m = 'MODEL' -- NOTE|NOTE|COMMENT",
        "a.lua|--[[ NOTE ]] local m = 'MODEL'|MODEL|STRING_LITERAL",
        "a.html|<p>MODEL</p><!-- NOTE -->|MODEL|DOCUMENTATION",
        "a.html|<p>x</p><!-- NOTE -->|NOTE|COMMENT",
        "a.html|<option value='MODEL'>x</option>|MODEL|CONFIG_VALUE",
        "a.html|<SCRIPT>const m = \"MODEL\"; // NOTE\\n</SCRIPT><p>x</p>|MODEL|STRING_LITERAL",
        "a.html|<SCRIPT>const m = \"MODEL\"; // NOTE\\n</SCRIPT><p>x</p>|NOTE|COMMENT",
        "a.vue|<script>const m = `\\nMODEL`</script>|MODEL|STRING_LITERAL",
        "a.astro|---\\nconst m = 'MODEL'\\n---\\n<p>NOTE</p>|MODEL|STRING_LITERAL",
        "a.astro|---\\nconst m = 'MODEL'\\n---\\n<p>NOTE</p>|NOTE|DOCUMENTATION",
        "a.xml|<m>MODEL</m><!-- NOTE -->|MODEL|CONFIG_VALUE",
        "a.xml|<m><![CDATA[MODEL]]></m>|MODEL|CONFIG_VALUE",
        "a.conf|// NOTE\\nm = \"MODEL\"|NOTE|COMMENT",
        "a.ini|; NOTE\\nm = MODEL|MODEL|CONFIG_VALUE",
        "a.ini|; NOTE\\nm = MODEL|NOTE|COMMENT",
      })
  void classifies(String path, String text, String needle, Context expected) {
    // CSV cannot hold line breaks, so the cases write them as \n.
    assertEquals(expected, contextOf(path, text.replace("\\n", "\n"), needle));
  }

  @Test
  void notebookCellsAndOutputs() {
    String nb =
        """
        {
         "cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["# About DOC\\n"]},
          {"cell_type": "code", "execution_count": 1, "metadata": {},
           "outputs": [{"name": "stdout", "output_type": "stream", "text": ["OUTPUT\\n"]}],
           "source": ["model = \\"STR\\"  # CMT\\n", "print(CODE)\\n"]}
         ],
         "metadata": {}, "nbformat": 4, "nbformat_minor": 5
        }
        """;
    assertEquals(Context.DOCUMENTATION, contextOf("n.ipynb", nb, "DOC"));
    assertEquals(Context.NOTEBOOK_OUTPUT, contextOf("n.ipynb", nb, "OUTPUT"));
    assertEquals(Context.STRING_LITERAL, contextOf("n.ipynb", nb, "STR"));
    assertEquals(Context.COMMENT, contextOf("n.ipynb", nb, "CMT"));
    assertEquals(Context.CODE, contextOf("n.ipynb", nb, "CODE"));
  }

  @Test
  void brokenNotebookIsAnError() {
    SourceFile f = SourceFiles.fromText("n.ipynb", "{\"cells\": [");
    assertThrows(IllegalArgumentException.class, () -> f.contextAt(0));
  }

  @Test
  void nonAsciiTextKeepsCharOffsets() {
    String text = "# ünïcødé 🎉\nx = \"MODEL\"\n";
    assertEquals(Context.STRING_LITERAL, contextOf("a.py", text, "MODEL"));
  }

  @Test
  void decoderKeepsBomAndLineEndings() throws Exception {
    byte[] bytes = "\uFEFFa\r\nb\r\n".getBytes(StandardCharsets.UTF_8);
    Decoder.Decoded d = Decoder.decode(bytes);
    assertEquals("a\r\nb\r\n", d.text());
    assertTrue(d.format().bom());
    assertEquals("\r\n", d.format().lineSeparator());
    assertEquals(
        new String(bytes, StandardCharsets.UTF_8),
        new String(Decoder.encode(d.text(), d.format()), StandardCharsets.UTF_8));
    byte[] utf16 = "\uFEFFhé\n".getBytes(StandardCharsets.UTF_16LE);
    Decoder.Decoded d16 = Decoder.decode(utf16);
    assertEquals("hé\n", d16.text());
    assertEquals(Arrays.toString(utf16), Arrays.toString(Decoder.encode(d16.text(), d16.format())));
    assertThrows(
        CharacterCodingException.class,
        () -> Decoder.decode(new byte[] {'a', (byte) 0xC3, '(', 'b'}));
  }

  @Test
  void testPaths() {
    assertTrue(Languages.isTest("tests/test_agent.py"));
    assertTrue(Languages.isTest("src/test/java/a/FooTest.java"));
    assertTrue(Languages.isTest("web/app.test.ts"));
    assertTrue(Languages.isTest("worker/main_test.go"));
    assertEquals(false, Languages.isTest("src/main/java/a/Testing.java"));
    // Field class (issue 9): a runner named like a test, outside a test folder, is not one.
    assertEquals(false, Languages.isTest("src/adk/test_runner.py", "MODEL = 'x'\nrun(MODEL)\n"));
    assertTrue(Languages.isTest("src/adk/test_runner.py", "import pytest\n"));
    assertTrue(Languages.isTest("app/agent_test.py", "class T:\n    def test_one(self):\n"));
    assertTrue(Languages.isTest("tests/helpers.py", "MODEL = 'x'\n"));
  }

  /** Field class (issue 9): a Python docstring documents, like a comment; other strings stay. */
  @Test
  void pythonDocstringsAreCommentsOtherTripleQuotedStringsAreNot() {
    String text =
        """
        #!/usr/bin/env python3
        \"\"\"Module doc: anthropic.claude-3-5-sonnet\"\"\"
        import x

        def short(model: str) -> str:
            \"\"\"
            So "bedrock/anthropic.claude-3-5-sonnet" -> "claude-3-5-sonnet"
            \"\"\"
            return model

        PROMPT = \"\"\"use anthropic.claude-3-5-sonnet\"\"\"
        call(
            \"\"\"anthropic.claude-3-5-sonnet\"\"\"
        )
        """;
    SourceFile f = SourceFiles.fromText("app/short.py", text);
    java.util.List<Context> seen = new java.util.ArrayList<>();
    for (int at = text.indexOf("anthropic.claude");
        at >= 0;
        at = text.indexOf("anthropic.claude", at + 1)) {
      seen.add(f.contextAt(at));
    }
    assertEquals(
        java.util.List.of(
            Context.COMMENT, Context.COMMENT, Context.STRING_LITERAL, Context.STRING_LITERAL),
        seen);
  }
}
