package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * Json.write gives the bytes an ObjectMapper's pretty writer gave (the reports' golden files were
 * made with it): every kind of node, empty containers, nesting and escapes.
 */
class JsonTest {
  /** The writer Json.write replaced, with the same printer. */
  private static String byMapper(JsonNode node) throws Exception {
    return new ObjectMapper().writer(Json.printer()).writeValueAsString(node) + "\n";
  }

  @Test
  void everyKindOfNodeIsWrittenAsTheMapperWroteIt() throws Exception {
    ObjectNode root = Json.object();
    root.put("text", "quote \" backslash \\ tab \t newline \n é ✓ \u0001 </script>");
    root.put("int", 42).put("negative", -7).put("long", 1L << 40);
    root.put("big", new BigInteger("123456789012345678901234567890"));
    root.put("double", 0.1).put("float", 2.5f).put("decimal", new BigDecimal("1.50"));
    root.put("yes", true).put("no", false).putNull("nothing");
    root.putObject("emptyObject");
    root.putArray("emptyArray");
    ArrayNode list = root.putArray("list");
    list.add(1).add("two").addNull().add(false);
    list.addObject().put("nested", "value").putArray("deeper").addArray().add(3);
    root.putObject("object").put("a", 1).putObject("b").put("c", "d");
    assertEquals(byMapper(root), Json.write(root));
    assertEquals(byMapper(Json.array()), Json.write(Json.array()));
    assertEquals(byMapper(Json.object()), Json.write(Json.object()));
  }

  /** The writer is sized once: the bound is never short of the text and not far above it. */
  @Test
  void theSizeBoundHoldsTheTextAndIsCloseToIt() {
    ObjectNode root = Json.object();
    root.put("text", "quote \" backslash \\ tab \t newline \n \u00e9 \u0001");
    root.put("int", -42).put("long", Long.MIN_VALUE).put("yes", true).putNull("nothing");
    root.putObject("emptyObject");
    root.putArray("emptyArray").addArray();
    ArrayNode findings = root.putArray("findings");
    for (int i = 0; i < 500; i++) {
      ObjectNode f = findings.addObject();
      f.put("ruleId", "model-id").put("path", "svc/conf/file" + i + ".yaml").put("line", i);
      f.put("message", "Claude 3.5 Sonnet is retired; use Claude Sonnet 4.6").put("column", 7);
      f.putObject("fix").put("replacement", "us.anthropic.claude-sonnet-4-6");
    }
    String text = Json.write(root);
    int bound = Json.bound(root, 0) + 1;
    assertTrue(bound >= text.length(), bound + " < " + text.length());
    assertTrue(bound <= text.length() * 1.05, bound + " is far above " + text.length());
  }

  /**
   * A document written straight through the generator is the tree's text, byte for byte, however
   * far it outgrows the size it was given.
   */
  @Test
  void aStreamedDocumentIsTheTreesText() {
    ObjectNode root = Json.object();
    root.put("text", "quote \" backslash \\ tab \t newline \n \u00e9 \u0001");
    root.put("int", -42).put("long", Long.MIN_VALUE).put("yes", false).putNull("nothing");
    root.putObject("emptyObject");
    root.putArray("emptyArray");
    ArrayNode findings = root.putArray("findings");
    for (int i = 0; i < 200; i++) {
      findings.addObject().put("path", "svc/file" + i + ".yaml").put("line", i).putArray("edits");
    }
    String streamed =
        Json.stream(
            16,
            g -> {
              g.writeStartObject();
              g.writeStringField("text", root.get("text").textValue());
              g.writeNumberField("int", -42);
              g.writeNumberField("long", Long.MIN_VALUE);
              g.writeBooleanField("yes", false);
              g.writeNullField("nothing");
              g.writeObjectFieldStart("emptyObject");
              g.writeEndObject();
              g.writeArrayFieldStart("emptyArray");
              g.writeEndArray();
              g.writeArrayFieldStart("findings");
              for (int i = 0; i < 200; i++) {
                g.writeStartObject();
                g.writeStringField("path", "svc/file" + i + ".yaml");
                g.writeNumberField("line", i);
                g.writeArrayFieldStart("edits");
                g.writeEndArray();
                g.writeEndObject();
              }
              g.writeEndArray();
              g.writeEndObject();
            });
    assertEquals(Json.write(root), streamed);
  }
}
