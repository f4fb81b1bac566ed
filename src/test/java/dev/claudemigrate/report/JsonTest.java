package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
