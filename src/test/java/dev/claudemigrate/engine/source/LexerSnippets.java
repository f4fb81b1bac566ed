package dev.claudemigrate.engine.source;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Tricky snippets of each code language for {@link CodeLexerEquivalenceTest}; each must parse
 * cleanly.
 */
final class LexerSnippets {
  private LexerSnippets() {}

  static List<Arguments> all() {
    List<Arguments> out = new ArrayList<>();
    add(out, Language.PYTHON, python());
    add(out, Language.JAVA, java());
    add(out, Language.JAVASCRIPT, javascript());
    add(out, Language.TYPESCRIPT, typescript());
    add(out, Language.GO, go());
    add(out, Language.KOTLIN, kotlin());
    add(out, Language.RUST, rust());
    add(out, Language.CSHARP, csharp());
    return out;
  }

  private static void add(List<Arguments> out, Language lang, List<String> snippets) {
    for (int i = 0; i < snippets.size(); i++) {
      out.add(Arguments.of(lang + " #" + i, lang, snippets.get(i)));
    }
  }

  private static List<String> python() {
    return List.of(
        "x = 'claude-3-5-sonnet' # it's a \"comment\"\ny = \"a # not a comment\"\n",
        "s = '''one\n'two' \"\"three\"\" # no\n'''\nt = \"\"\"a\\\"\"\"\" # c\n",
        "a = r'\\d' + rb\"\\\"\" + Rb'x' + BR\"y\" + u'z' + U\"w\" + b'\\'' # end\n",
        "m = f\"{model!r:>{width}} {{literal}} {d['k']} {'x' if a else \"y\"}\" # f\n",
        "m = F'''\n{a}\n''' + fr\"{b}\\d\" + rf'{c}' + Fr\"x{{\"\n",
        "x = 1 + \\\n    2  # continued\ny = 'a\\\nb'\n",
        "def f():\n    \"\"\"Docstring with 'quotes' and # hash.\"\"\"\n    return {'k': \"v\", \"#\": '#'}\n",
        "print(f\"{x}\" f'{y}' \"z\")  # concatenated\nlabel = 'rb' + rb + br\n",
        "s = \"é 🎉 'x'\"  # ünï 'y'\nt = 'claude'\n",
        "a = f'<{id(self):#x} {d[\"k\"]:>{w}} {x!r:'^10} {(lambda y: y)(1)} {m[1:2]}>'  # c\n",
        "k = rf\"Soft\\Py\\{sys.winver}\" + f\"\\{x} \\N{DASH} \\n{y}\" + Rf'\\N{z}'  # e\n");
  }

  private static List<String> java() {
    return List.of(
        "class A {\n  String s = \"a // not \\\" comment\"; // c \"q\"\n  char c = '\"'; char d = '\\'';\n}\n",
        "class A {\n  /* block \"x\" */ String t = \"\"\"\n    text \"\" block \\\"\"\" still\n    \"\"\";\n  /** doc 'a' */\n}\n",
        "class A { String u = \"\"\"\n  a\"\"\"; int x = 1 /* c */ / 2; String e = \"\\\\\"; }\n",
        "class A { void f() { String s = \"é🎉\"; // ünï\n } }\n");
  }

  private static List<String> javascript() {
    return List.of(
        "const a = `x ${b + `y ${c}`} z`; // c\nconst d = 'it\\'s'; const e = \"q\\\"\";\n",
        "const r = /a\"b[/]'/g; const q = x / y / z; const t = (a) / 2; // c\n",
        "const s = `multi\nline ${ {a: 1}.a } ${'str'} ${\"s2\"}` /* b */ + '`';\n",
        "function f() { return /re'/.test(x); }\nconst o = { 'k': \"v\", k2: `t` };\n",
        "#!/usr/bin/env node\nconst url = 'http://x'; // http://y\nif (a) { /x'/.exec(b); }\n",
        "const el = <div className=\"x\" title='y'>{`t ${v}`}</div>;\n");
  }

  private static List<String> typescript() {
    return List.of(
        "const m: string = `claude-${v}` as const; // c\ntype T = 'a' | \"b\";\n",
        "interface I { k: 'x'; /* 'c' */ }\nconst x = <T>(y: T): T => y; const z = a / b;\n",
        "enum E { A = 'a', B = \"b\" }\nconst r = s.replace(/'/g, \"\\\"\"); // done\n");
  }

  private static List<String> go() {
    return List.of(
        "package m\n\n// c \"q\"\nvar r = '\"'\nvar s = `raw \\ \"q\" 'x'`\nvar t = \"a\\\"b\" /* c */\n",
        "package m\n\nvar u = `multi\nline // not comment`\nvar v = '\\''\nvar w = \"// no\"\n",
        "package m\n\nfunc f() int { return 1 / 2 } // end\n");
  }

  private static List<String> kotlin() {
    return List.of(
        "val s = \"a ${x} b $y c\" // c\nval t = \"\"\"q ${z} \"x\" \"\"\"\n",
        "val a = 'x'\nval b = '\\''\n/* a /* nested */ still */\nval c = \"\\\"\"\n",
        "val r = \"\"\"\n  ${ if (a) \"x\" else \"y\" } // no\n\"\"\"\nval d = \"${m.id}s\"\n",
        "fun f() = 1 / 2 /* c */\nval e = \"\"\"a\"\"\"\"\nval g = \"$_x $1\"\n");
  }

  private static List<String> rust() {
    return List.of(
        "const M: &str = \"us.anthropic.claude-x\"; // it's a \"comment\"\n"
            + "// const N: &str = \"anthropic.claude-y\";\n",
        "/// Doc 'a' \"b\"\n//! inner doc\nfn f<'a>(x: &'a str) -> &'static str { \"s\" }\n",
        "/* a /* nested \"q\" */ still */\n/** doc */\nconst C: char = '\"'; const D: char = '\\'';\n",
        "const R: &str = r#\"raw \"quoted\" \\ 'x'\"#; const S: &[u8] = br##\"b\"#\"##;\n"
            + "const T: &str = r\"\\d\"; const U: &[u8] = b\"by\\\"te\"; const V: u8 = b'\\'';\n",
        "fn g() {\n    let s = \"multi\n line // no\";\n    'outer: loop { break 'outer; }\n"
            + "    let c = 'é'; let e = '\\u{1F600}'; let q = '\\n';\n"
            + "    let a = format!(\"arn:aws:bedrock:{}::foundation-model/{}\", r, m);\n}\n",
        "struct W<'a> { s: &'a str }\n//// not doc\nfn h(r#type: u8) -> u8 { r#type / 2 } // end\n"
            + "fn k() { let x = c\"cstr\"; let y = cr#\"c\"#; }\n");
  }

  private static List<String> csharp() {
    return List.of(
        "#region It's \"here\"\n#if DEBUG // a \"note\"\nusing X;\n#endif\n#endregion\n"
            + "class C {\n  /// <summary>Doc 'x' \"y\"</summary>\n"
            + "  public string ModelId => \"anthropic.claude-x\"; // it's \"c\"\n}\n",
        "class V {\n  string v = @\"a \"\"q\"\" \\\nb // no\";\n  /* c \"q\" /* d */\n"
            + "  string e = \"x\\\"y // no\"; string z = \"\"; byte[] u = \"abc\"u8.ToArray();\n"
            + "  char c = '\\''; char d = 'a'; char q = '\"'; char w = '\\u0041';\n}\n",
        "class I {\n  string i = $\"x {a.B(\"k\")} {{lit}} {d:N2} y\";\n"
            + "  string j = $@\"x {a} \"\"q\"\"\n {b}\"; string k = @$\"{c}\";\n"
            + "  string m = $\"{(f ? \"p\" : \"q\")} // no\"; string e = @\"\";\n}\n",
        "class R {\n  string r = \"\"\"raw \"\" x // no\"\"\";\n"
            + "  string s = \"\"\"\"\n    a \"\"\" b\n    \"\"\"\";\n"
            + "  string t = $$\"\"\"{{a}} {b}\"\"\"; string q = $\"\"\"{d} \"x\" \"\"\";\n}\n",
        "class P {\n  void F() {\n    var r = new ConverseRequest {\n"
            + "      ModelId = \"anthropic.claude-y\", // old\n"
            + "      // ModelId = \"anthropic.claude-z\",\n    };\n"
            + "    var @class = 1 / 2; var x = a?.b ?? $\"{@class}\";\n  }\n}\n");
  }
}
