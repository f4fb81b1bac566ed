package dev.claudemigrate.engine.syntax.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingsTest {

  static List<Mapping> of(String path, String text) {
    return Mappings.of(SourceFiles.fromText(path, text));
  }

  /** The first object with a member {@code key}. */
  static Mapping with(List<Mapping> all, String key) {
    return all.stream()
        .filter(m -> m.member(key).isPresent())
        .findFirst()
        .orElseThrow(() -> new AssertionError(key));
  }

  @Test
  void keysMatchInAnySpelling() {
    Mapping m =
        with(
            of("a.go", "package m\nvar c = types.InferenceConfiguration{TopP: aws.Float32(0.9)}\n"),
            "top_p");
    Member top = m.member("topP").orElseThrow();
    assertEquals("TopP", top.key());
    assertEquals(0.9, top.value().number().getAsDouble(), 1e-9);
  }

  @Test
  void wrappersAndNestingResolve() {
    List<Mapping> all =
        of(
            "a.py",
            "r = client.converse(additionalModelRequestFields={'thinking': "
                + "{'budget_tokens': int(2048)}}, inferenceConfig=cfg)\n");
    Mapping call = with(all, "additionalModelRequestFields");
    Mapping thinking =
        call.child("additionalModelRequestFields").flatMap(f -> f.child("thinking")).orElseThrow();
    assertEquals("2048", thinking.member("budget_tokens").orElseThrow().value().text());
    assertEquals(Value.Kind.OTHER, call.member("inferenceConfig").orElseThrow().value().kind());
    assertEquals(call, Mappings.root(thinking));
    assertEquals("thinking", thinking.parentMember().key());
  }

  @Test
  void keyOffsetsPointAtTheKey() {
    String text = "const b = { \"top_p\": 0.9, temperature };\n";
    SourceFile f = SourceFiles.fromText("a.js", text);
    Mapping m = with(Mappings.of(f), "top_p");
    Member top = m.member("top_p").orElseThrow();
    assertEquals("\"top_p\"", text.substring(top.keyStart(), top.keyEnd()));
    assertEquals(Value.Kind.OTHER, m.member("temperature").orElseThrow().value().kind());
  }

  @Test
  void yamlAndJsonKeepOffsetsAcrossDocuments() {
    String yaml = "a: 1\n---\nmodel:\n  top_p: 0.5\n";
    Member top = with(of("c.yaml", yaml), "top_p").member("top_p").orElseThrow();
    assertEquals("top_p", yaml.substring(top.keyStart(), top.keyEnd()));
    String json = "{\"x\": [{\"top_p\": null}]}";
    Member nul = with(of("c.json", json), "top_p").member("top_p").orElseThrow();
    assertTrue(!nul.value().isSet());
    assertEquals(List.of(), of("c.json", "{not json"));
  }

  @Test
  void jsonInStringsOnlyWithoutEscapes() {
    String ok = "s = '''{\"top_p\": 1}'''\n";
    Member top = with(of("a.py", ok), "top_p").member("top_p").orElseThrow();
    assertEquals("top_p", ok.substring(top.keyStart(), top.keyEnd()));
    assertTrue(of("A.java", "class A { String s = \"{\\\"top_p\\\": 1}\"; }").isEmpty());
  }

  @Test
  void javaPutStatementsJoinPerBlock() {
    String java =
        """
        class A {
          void f(boolean b) {
            ObjectNode body = mapper.createObjectNode();
            body.put("max_tokens", 100);
            if (b) {
              body.put("top_p", 0.9);
            } else {
              body.put("temperature", 0.5);
            }
          }
        }
        """;
    List<Mapping> all = of("A.java", java);
    Optional<Mapping> both =
        all.stream()
            .filter(m -> m.member("top_p").isPresent() && m.member("temperature").isPresent())
            .findFirst();
    assertTrue(both.isEmpty(), "keys of exclusive branches must not meet");
    assertTrue(
        all.stream()
            .anyMatch(m -> m.member("top_p").isPresent() && m.member("max_tokens").isPresent()),
        "keys of the enclosing block count");
  }

  @Test
  void kotlinDslAndLambdaChains() {
    List<Mapping> all =
        of(
            "a.kt",
            """
        val r = ConverseRequest { inferenceConfig { maxTokens = 512 } }
        val c = client.converse { it.inferenceConfig { c -> c.temperature(1f) } }
        """);
    Mapping outer = with(all, "inferenceConfig");
    assertEquals(
        "512",
        outer
            .child("inferenceConfig")
            .orElseThrow()
            .member("maxTokens")
            .orElseThrow()
            .value()
            .text());
    assertEquals("1f", with(all, "temperature").member("temperature").orElseThrow().value().text());
  }

  @Test
  void nonCodeFormatsHaveNoObjects() {
    assertTrue(of("a.md", "top_p: 1").isEmpty());
    assertNull(with(of("a.py", "d = {'top_p': 1}"), "top_p").parent());
  }

  @Test
  void yamlTagsAndAnchorsDoNotStopTheRead() {
    String yaml =
        """
        Resources:
          Fn:
            Properties:
              Role: !GetAtt Role.Arn
              Env: &env {MODEL: !Ref Model}
        params: {temperature: 0.2, top_p: 0.9}
        """;
    Mapping m = with(of("template.yaml", yaml), "top_p");
    assertTrue(m.member("temperature").isPresent());
  }
}
