package dev.claudemigrate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Builds and prints JSON trees the same way on every platform (two-space indent, LF, trailing
 * newline).
 */
final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Only for a kind of node the reports never build; made on first use. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private static final DefaultPrettyPrinter PRINTER = printer();

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /**
   * Pretty-printed JSON ending with a newline. Written node by node through jackson-core's
   * generator: an {@code ObjectMapper}'s writer first builds its serializer set-up (about 150
   * classes of databind, run cold once per process), which was most of the time a scan's JSON
   * report took (docs/performance.md). The bytes are the same ({@code JsonTest}).
   */
  static String write(JsonNode node) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter(PRINTER));
      emit(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /**
   * A node and its children, as the mapper wrote them. (Not {@code JsonNode.serialize(g, null)}:
   * Jackson 2.20's container nodes ask the serializer provider for their features.)
   */
  private static void emit(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          g.writeFieldName(field.getKey());
          emit(g, field.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode element : node) {
          emit(g, element);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> number(g, node);
      default -> Mapper.MAPPER.writeTree(g, node); // binary, POJO or missing: never built here
    }
  }

  private static void number(JsonGenerator g, JsonNode n) throws IOException {
    switch (n.numberType()) {
      case INT -> g.writeNumber(n.intValue());
      case LONG -> g.writeNumber(n.longValue());
      case BIG_INTEGER -> g.writeNumber(n.bigIntegerValue());
      case FLOAT -> g.writeNumber(n.floatValue());
      case DOUBLE -> g.writeNumber(n.doubleValue());
      default -> g.writeNumber(n.decimalValue());
    }
  }

  static DefaultPrettyPrinter printer() {
    // Fixed LF indenter: the system line separator would make golden files platform-dependent.
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    Separators seps =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(seps).withObjectIndenter(lf).withArrayIndenter(lf);
  }
}
