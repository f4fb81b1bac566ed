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
 * Builds and prints JSON trees, or writes JSON straight through a generator, the same way on every
 * platform (two-space indent, LF, trailing newline).
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
    // Sized for the whole text: a writer that grows by doubling copies a 2 MB report ten times
    // over (about 8 MB of young-generation garbage in a 100,000-file scan).
    StringWriter out = new StringWriter(bound(node, 0) + 1);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter(PRINTER));
      emit(g, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /** What writes one JSON document through a generator ({@link #stream}). */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes one element of an array ({@link #array}). */
  @FunctionalInterface
  interface Item<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  /** The member {@code name}: an array of {@code items}, each written by {@code each}. */
  static <T> void array(JsonGenerator g, String name, Iterable<T> items, Item<T> each)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (T item : items) {
      each.write(g, item);
    }
    g.writeEndArray();
  }

  /** The member {@code name}: an object of counts by key, in the map's order. */
  static void counts(JsonGenerator g, String name, Map<String, Integer> counts) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      g.writeNumberField(c.getKey(), c.getValue());
    }
    g.writeEndObject();
  }

  /**
   * The document {@code body} writes, printed as {@link #write} prints a tree (the same bytes for
   * the same values), ending with a newline. No tree in between: for a large scan report, building
   * the nodes and measuring them cost more than writing them (docs/performance.md). {@code
   * sizeHint} sizes the writer; a longer text grows it.
   */
  static String stream(long sizeHint, Body body) {
    StringWriter out = new StringWriter((int) Math.min(Math.max(sizeHint, 256), 1 << 30));
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter(PRINTER));
      body.write(g);
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

  /**
   * At least the length of {@code node} as {@link #write} prints it at nesting {@code depth}, and
   * close to it: strings and names with their quotes and escapes, two spaces of indent a level, a
   * line per member. (A number beyond a long counts 40 chars; were one longer, the writer would
   * grow, as writers do.)
   */
  static int bound(JsonNode node, int depth) {
    return switch (node.getNodeType()) {
      case OBJECT -> {
        int n = 2;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          n += 4 + 2 * (depth + 1) + quoted(field.getKey()) + bound(field.getValue(), depth + 1);
        }
        yield n + 1 + 2 * depth;
      }
      case ARRAY -> {
        int n = 2;
        for (JsonNode element : node) {
          n += 2 + 2 * (depth + 1) + bound(element, depth + 1);
        }
        yield n + 1 + 2 * depth;
      }
      case STRING -> quoted(node.textValue());
      case BOOLEAN, NULL -> 5;
      case NUMBER -> node.isInt() || node.isLong() ? digits(node.longValue()) : 40;
      default -> 64;
    };
  }

  /** The length of {@code v} in decimal, with its sign. */
  private static int digits(long v) {
    int n = v < 0 ? 2 : 1;
    for (long x = Math.abs(v / 10); x > 0; x /= 10) {
      n++;
    }
    return n;
  }

  /** The longest a string can be written: quotes, and six chars for an escaped control char. */
  private static int quoted(String s) {
    int n = 2 + s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20) {
        n += 5;
      } else if (c == '"' || c == '\\') {
        n += 1;
      }
    }
    return n;
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
