package dev.claudemigrate.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The data files shipped in the jar (the catalog, the SDK constants). Each is written in YAML and
 * compiled to JSON at build time by {@link CatalogCompiler} (ADR 0111); a run reads the JSON, so
 * the start of every scan waits for neither the YAML parser's classes nor its parsing. The YAML
 * source is read where no build step wrote the JSON (classes run straight from an IDE's output).
 */
final class BuiltinData {
  private BuiltinData() {}

  /**
   * The YAML reader (built-in sources, users' catalog files), built on first use: a run that reads
   * only the compiled JSON never loads it.
   */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
  }

  /** Builds the nodes the compiled JSON is read into. */
  private static final JsonFactory JSON = new JsonFactory();

  /** The resource compiled from {@code yamlResource} ({@code .../x.yaml} -> {@code .../x.json}). */
  static String compiled(String yamlResource) {
    return yamlResource.substring(0, yamlResource.lastIndexOf('.')) + ".json";
  }

  /** The tree of {@code yamlResource}: its compiled JSON, else its YAML source. */
  static JsonNode read(String yamlResource) {
    try (InputStream json = BuiltinData.class.getResourceAsStream(compiled(yamlResource))) {
      if (json != null) {
        return tree(json);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readSource(yamlResource);
  }

  /**
   * The tree of the JSON in {@code in}, as {@code ObjectMapper.readTree} builds it, read with
   * jackson-core's parser alone: an {@code ObjectMapper} loads about 300 classes of databind before
   * it reads a byte, and every run of a command reads the catalog (docs/adr/0116).
   */
  static JsonNode tree(InputStream in) throws IOException {
    try (JsonParser p = JSON.createParser(in)) {
      JsonToken first = p.nextToken();
      return first == null ? MissingNode.getInstance() : node(p, first);
    }
  }

  private static JsonNode node(JsonParser p, JsonToken t) throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (t) {
      case START_OBJECT -> object(p, f.objectNode());
      case START_ARRAY -> array(p, f.arrayNode());
      case VALUE_STRING -> f.textNode(p.getText());
      case VALUE_NUMBER_INT ->
          switch (p.getNumberType()) {
            case INT -> f.numberNode(p.getIntValue());
            case LONG -> f.numberNode(p.getLongValue());
            default -> f.numberNode(p.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> f.numberNode(p.getDoubleValue());
      case VALUE_TRUE -> f.booleanNode(true);
      case VALUE_FALSE -> f.booleanNode(false);
      case VALUE_NULL -> f.nullNode();
      default -> throw new IOException("unexpected " + t + " in compiled data");
    };
  }

  private static ObjectNode object(JsonParser p, ObjectNode o) throws IOException {
    for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
      String name = p.currentName();
      o.set(name, node(p, p.nextToken()));
    }
    return o;
  }

  private static ArrayNode array(JsonParser p, ArrayNode a) throws IOException {
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      a.add(node(p, e));
    }
    return a;
  }

  /** The tree of YAML (or JSON) {@code text}, such as a user's catalog file. */
  static JsonNode readYaml(String text) throws IOException {
    return Yaml.MAPPER.readTree(text);
  }

  /** The tree of the YAML source {@code yamlResource}. */
  static JsonNode readSource(String yamlResource) {
    try (InputStream in = BuiltinData.class.getResourceAsStream(yamlResource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + yamlResource);
      }
      return Yaml.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
