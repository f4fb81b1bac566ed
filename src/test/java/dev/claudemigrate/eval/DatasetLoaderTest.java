package dev.claudemigrate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading datasets: JSON Lines and YAML, promptfoo shapes, and one clear error per malformed case.
 */
class DatasetLoaderTest {
  @TempDir Path dir;

  private Dataset load(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return DatasetLoader.load(file);
  }

  @Test
  void malformedCasesAreReportedByLineAndTheOthersLoad() throws Exception {
    Dataset d =
        load(
            "cases.jsonl",
            String.join(
                "\n",
                "{\"id\": \"ok-1\", \"prompt\": \"hi\", \"assert\": [{\"type\": \"contains\", \"value\": \"hello\"}]}",
                "",
                "{\"id\": \"broken\", \"prompt\": \"hi\"",
                "{\"id\": \"bad-type\", \"prompt\": \"hi\", \"assert\": [{\"type\": \"similar\", \"value\": \"x\"}]}",
                "# a comment line",
                "{\"id\": \"bad-regex\", \"prompt\": \"hi\", \"assert\": [{\"type\": \"regex\", \"value\": \"(unclosed\"}]}",
                "{\"id\": \"no-prompt\", \"assert\": []}",
                "{\"id\": \"ok-1\", \"prompt\": \"again\"}",
                "{\"id\": \"no-value\", \"prompt\": \"hi\", \"assert\": [{\"type\": \"max-cost\"}]}",
                "{\"id\": \"bad-schema\", \"prompt\": \"hi\", \"assert\": [{\"type\": \"json-schema\", \"value\": \"not a schema\"}]}",
                "{\"id\": \"ok-2\", \"prompt\": \"bye\"}"));
    assertEquals(List.of("ok-1", "ok-2"), d.cases().stream().map(EvalCase::id).toList());
    assertEquals(
        List.of(3, 4, 6, 7, 8, 9, 10), d.errors().stream().map(DatasetError::line).toList());
    assertTrue(
        d.errors().get(0).message().startsWith("not valid JSON"), d.errors().get(0).message());
    assertTrue(
        d.errors()
            .get(1)
            .message()
            .startsWith("case 'bad-type': assert 1: unknown type 'similar' (known: contains, "),
        d.errors().get(1).message());
    assertTrue(
        d.errors().get(2).message().contains("bad regular expression"),
        d.errors().get(2).message());
    assertTrue(d.errors().get(3).message().contains("give exactly one of 'prompt' or 'messages'"));
    assertTrue(d.errors().get(4).message().contains("duplicate case id 'ok-1'"));
    assertTrue(d.errors().get(5).message().contains("max-cost: needs a 'value'"));
    assertTrue(d.errors().get(6).message().contains("must be a JSON schema object"));
    assertTrue(d.errors().get(0).toString().startsWith(dir.resolve("cases.jsonl") + ":3: "));
  }

  @Test
  void readsMessagesSystemToolsVarsAndLimits() throws Exception {
    Dataset d =
        load(
            "cases.jsonl",
            "{\"id\": \"t\", \"system\": [{\"text\": \"Be brief.\"}], \"vars\": {\"order\": \"A-1\"}, \"max_tokens\": 300,"
                + " \"messages\": [{\"role\": \"user\", \"content\": \"Order {{order}}?\"}, {\"role\": \"assistant\", \"content\": [{\"type\": \"text\", \"text\": \"Which?\"}]},"
                + " {\"role\": \"user\", \"content\": [{\"text\": \"{{ order }}\"}]}],"
                + " \"tools\": [{\"name\": \"a\", \"input_schema\": {\"type\": \"object\"}}, {\"toolSpec\": {\"name\": \"b\", \"inputSchema\": {\"json\": {\"type\": \"object\"}}}},"
                + " {\"type\": \"function\", \"function\": {\"name\": \"c\", \"parameters\": {\"type\": \"object\"}}}],"
                + " \"assert\": [{\"type\": \"contains\", \"value\": \"{{order}}\"}, {\"type\": \"json-path\", \"path\": \"$.a\"}]}\n");
    assertEquals(List.of(), d.errors());
    EvalCase c = d.cases().get(0);
    assertEquals("Be brief.", c.system());
    assertEquals(
        List.of(
            new Message("user", "Order A-1?"),
            new Message("assistant", "Which?"),
            new Message("user", "A-1")),
        c.messages());
    assertEquals(List.of("a", "b", "c"), c.tools().stream().map(ToolDef::name).toList());
    assertEquals(300, c.maxTokens());
    assertEquals("A-1", c.assertions().get(0).value().asText());
    assertEquals(1, c.line());
  }

  @Test
  void yamlListsAndPromptfooTestsKeepTheirLineNumbers() throws Exception {
    Dataset list =
        load(
            "cases.yaml",
            String.join(
                "\n",
                "# support bot",
                "- id: first",
                "  prompt: Hello",
                "  assert:",
                "    - type: icontains",
                "      value: hi",
                "- id: second",
                "  prompt: Bye",
                "  assert:",
                "    - type: nope",
                "- id: third",
                "  messages:",
                "    - role: user",
                "      content: Hi again",
                ""));
    assertEquals(List.of("first", "third"), list.cases().stream().map(EvalCase::id).toList());
    assertEquals(2, list.cases().get(0).line());
    assertEquals(11, list.cases().get(1).line());
    assertEquals(7, list.errors().get(0).line());
    Dataset tests =
        load(
            "promptfoo.yml",
            "description: x\nproviders: [a]\ntests:\n  - prompt: One\n  - prompt: Two\n");
    assertEquals(List.of("line-4", "line-5"), tests.cases().stream().map(EvalCase::id).toList());
  }

  @Test
  void aByteOrderMarkIsIgnored() throws Exception {
    Dataset d = load("bom.jsonl", "\uFEFF{\"id\": \"a\", \"prompt\": \"x\"}\n");
    assertEquals(1, d.cases().size());
    assertNull(d.cases().get(0).system());
  }
}
