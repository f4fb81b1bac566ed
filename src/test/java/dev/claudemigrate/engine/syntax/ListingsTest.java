package dev.claudemigrate.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The structures that list many names, found lexically in each kind of file. */
class ListingsTest {
  private static final Pattern NAME = Pattern.compile("\\bm\\d\\b");

  /** Every {@code m<digit>} of the text is a mention named by itself. */
  private static List<Listings.Mention> mentions(String text) {
    List<Listings.Mention> out = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      out.add(new Listings.Mention(m.start(), m.group()));
    }
    return out;
  }

  /** Whether the mention {@code name} (its first occurrence) stands in a listing of three. */
  private static boolean listed(String path, String text, String name) {
    SourceFile file = SourceFiles.fromText(path, text);
    List<Listings.Mention> all = mentions(text);
    Listings.Mention m = all.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    return Listings.inListing(file, m, all, 3);
  }

  @Test
  void bracketsOfDataCountButFunctionBodiesEndTheWalk() {
    assertTrue(listed("a.ts", "const all = [{id: 'm1'}, {id: 'm2'}, {id: 'm3'}];\n", "m1"));
    String methods =
        "class A {\n  a() { return 'm1'; }\n  b() { return 'm2'; }\n  c() { return 'm3'; }\n}\n";
    assertFalse(listed("A.ts", methods, "m1"));
    assertTrue(listed("E.java", "enum E {\n  A(\"m1\"), B(\"m2\"), C(\"m3\");\n}\n", "m2"));
  }

  @Test
  void pythonClassBodiesCountAndFunctionsDoNot() {
    assertTrue(listed("e.py", "class E(Enum):\n    A = 'm1'\n    B = 'm2'\n    C = 'm3'\n", "m3"));
    String fn = "def pick(x):\n    if x:\n        return 'm1'\n    return 'm2' or 'm3'\n";
    assertFalse(listed("p.py", fn, "m1"));
  }

  @Test
  void yamlSequencesAndNestedBlocksCountTheRootMappingDoesNot() {
    assertTrue(listed("s.yml", "- name: m1\n  x: 1\n- name: m2\n- name: m3\n", "m1"));
    assertTrue(listed("s.yml", "models:\n  a: m1\n  b: m2\n  c: m3\n", "m2"));
    assertFalse(listed("s.yml", "a: m1\nb: m2\nc: m3\n", "m1"));
  }

  @Test
  void aMultiLineStringCountsAndANotebookNever() {
    assertTrue(listed("l.py", "NAMES = \"\"\"\nm1\nm2\nm3\n\"\"\"\n", "m2"));
    String nb =
        "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"a = 'm1'\\n\"]},"
            + " {\"cell_type\": \"code\", \"source\": [\"b = 'm2'\\n\", \"c = 'm3'\"]}]}";
    assertFalse(listed("n.ipynb", nb, "m1"));
  }

  /**
   * A shell assignment's quoted value over several lines counts, as a shell array does; a value on
   * one line and a heredoc's prose (an apostrophe opens nothing there) do not.
   */
  @Test
  void shellMultiLineValuesAndArraysCount() {
    assertTrue(listed("s.sh", "LIST=\"m1\nm2\nm3\"\nfor m in $LIST; do :; done\n", "m2"));
    assertTrue(listed("s.sh", "export LIST='m1\n  m2\n  m3'\n", "m1"));
    assertTrue(listed("s.sh", "LIST=(\n  \"m1\"\n  \"m2\"\n  \"m3\"\n)\n", "m3"));
    assertFalse(listed("s.sh", "A=\"m1\"\nB=\"m2\"\nC=\"m3\"\n", "m1"));
    String heredoc = "cat <<EOF\nit's\nEOF\nA=\"x\"\nB=\"m1\"\n# m2 m3\n";
    assertFalse(listed("s.sh", heredoc, "m1"));
  }
}
