package dev.claudemigrate.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  /** The JSON reader, built on first use. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** The resource compiled from {@code yamlResource} ({@code .../x.yaml} -> {@code .../x.json}). */
  static String compiled(String yamlResource) {
    return yamlResource.substring(0, yamlResource.lastIndexOf('.')) + ".json";
  }

  /** The tree of {@code yamlResource}: its compiled JSON, else its YAML source. */
  static JsonNode read(String yamlResource) {
    try (InputStream json = BuiltinData.class.getResourceAsStream(compiled(yamlResource))) {
      if (json != null) {
        return Json.MAPPER.readTree(json);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readSource(yamlResource);
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
