package dev.claudemigrate.engine.syntax.structure;

import static dev.claudemigrate.engine.syntax.structure.MappingsTest.of;
import static dev.claudemigrate.engine.syntax.structure.MappingsTest.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ADR 0108. Before: code read without a grammar had no key/value objects, so the rules that reason
 * about requests (thinking budgets, sampling, prefill) never read a PHP, Ruby, Swift or Dart
 * request. Now objects are read lexically in these languages' literal syntaxes.
 */
class LexicalMappingsTest {

  private static void thinkingBudgetIs(String path, String text, String budget) {
    List<Mapping> all = of(path, text);
    Mapping request = with(all, "thinking");
    Mapping thinking = request.child("thinking").orElseThrow(() -> new AssertionError(all));
    assertEquals(budget, thinking.member("budget_tokens").orElseThrow().value().text());
    assertEquals(Value.Kind.NUMBER, thinking.member("budget_tokens").get().value().kind());
    assertTrue(thinking.member("type").orElseThrow().value().isString("enabled"), path);
    assertEquals(request, Mappings.root(thinking), path);
  }

  @Test
  void nestedObjectsOfEachLiteralSyntaxAreRead() {
    thinkingBudgetIs(
        "src/Client.php",
        "<?php\n$body = [\n  'max_tokens' => 4096,\n"
            + "  'thinking' => ['type' => 'enabled', 'budget_tokens' => 2048], // think\n];\n",
        "2048");
    thinkingBudgetIs(
        "lib/client.rb",
        "resp = client.messages.create(\n  model: MODEL,\n"
            + "  thinking: { type: :enabled, budget_tokens: 3000 },\n  max_tokens: 8000\n)\n",
        "3000");
    thinkingBudgetIs(
        "Sources/Client.swift",
        "let body: [String: Any] = [\n  \"thinking\": [\"type\": \"enabled\", \"budget_tokens\": 1024],\n]\n",
        "1024");
    thinkingBudgetIs(
        "lib/client.dart",
        "final body = {'thinking': {'type': 'enabled', 'budget_tokens': 4000}};\n",
        "4000");
    thinkingBudgetIs(
        "src/main/scala/C.scala",
        "val body = Map(\"thinking\" -> Map(\"type\" -> \"enabled\", \"budget_tokens\" -> 2000))\n",
        "2000");
    thinkingBudgetIs(
        "lib/client.ex",
        "body = %{\"thinking\" => %{\"type\" => \"enabled\", \"budget_tokens\" => 5000}}\n",
        "5000");
    thinkingBudgetIs(
        "client.lua",
        "local body = { thinking = { type = \"enabled\", budget_tokens = 1500 } }\n",
        "1500");
  }

  @Test
  void keyOffsetsValuesAndExpressions() {
    String text = "<?php\n$r = ['top_p' => 0.9, 'temperature' => $this->temp, 'stream' => true];\n";
    SourceFile f = SourceFiles.fromText("a.php", text);
    Mapping m = with(Mappings.of(f), "top_p");
    Member top = m.member("top_p").orElseThrow();
    assertEquals("'top_p'", text.substring(top.keyStart(), top.keyEnd()));
    assertEquals(0.9, top.value().number().getAsDouble(), 1e-9);
    assertEquals("$this->temp", m.member("temperature").orElseThrow().value().text());
    assertEquals(Value.Kind.BOOLEAN, m.member("stream").orElseThrow().value().kind());
  }

  @Test
  void listsCallsStatementsAndCommentsAreNoObjects() {
    assertEquals(List.of(), of("a.php", "<?php\n$ids = ['a', 'b'];\nfoo($x, $y);\n"));
    assertEquals(List.of(), of("a.swift", "func f() {\n  let x = 1\n  return x == 2\n}\n"));
    // A declaration's parameters (field: a Swift protocol method) declare, they set nothing.
    assertEquals(
        List.of(),
        of(
            "a.swift",
            "func send(model: Model, temperature: Double?, topP: Double? = nil) async throws {\n"
                + "  fatalError()\n}\ninit(type: BashType = .bash20241022, name: String) {}\n"));
    assertEquals(List.of(), of("a.rb", "def create(temperature: 0.5, top_p: 0.9)\nend\n"));
    // A key in a comment is not a member.
    assertEquals(List.of(), of("a.rb", "x = [1, 2] # budget_tokens: 1024\n"));
    // Two tokens before the separator are not a key (a Swift enum case with a raw value).
    assertEquals(
        List.of(), of("a.swift", "enum K: String {\n  case stopReason = \"stop_reason\"\n}\n"));
  }
}
