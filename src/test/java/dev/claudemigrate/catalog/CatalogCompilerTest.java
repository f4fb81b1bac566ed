package dev.claudemigrate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADR 0111: the built-in catalog and SDK constants are written in YAML and compiled to JSON at
 * build time; a run reads the JSON. The compiled files must say exactly what the sources say.
 */
class CatalogCompilerTest {
  @TempDir Path out;

  @Test
  void theCompiledFilesHoldTheSourcesTrees() throws IOException {
    CatalogCompiler.main(new String[] {out.toString()});
    ObjectMapper json = new ObjectMapper();
    for (String source : new String[] {CatalogLoader.BUILTIN, SdkConstants.BUILTIN}) {
      Path compiled = out.resolve(BuiltinData.compiled(source).substring(1));
      assertEquals(BuiltinData.readSource(source), json.readTree(compiled.toFile()), source);
      assertEquals(
          "rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(compiled)));
    }
    try (var files = Files.list(out.resolve("dev/claudemigrate/catalog"))) {
      assertEquals(2, files.count(), "no temporary file left");
    }
  }

  /** ADR 0116: the compiled data is read without an ObjectMapper, into the same nodes. */
  @Test
  void compiledJsonIsReadIntoTheNodesAMapperBuilds() throws IOException {
    String json =
        "{\"s\": \"a \\\"q\\\" \\u00e9\", \"i\": 7, \"n\": -3, \"l\": 12345678901,"
            + " \"b\": 123456789012345678901234567890, \"d\": 0.5, \"e\": 1e3, \"t\": true,"
            + " \"f\": false, \"z\": null, \"o\": {}, \"a\": [], \"x\": [1, [2, {\"y\": \"w\"}]],"
            + " \"s\": \"last wins\"}";
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(
        new ObjectMapper().readTree(bytes),
        BuiltinData.tree(new java.io.ByteArrayInputStream(bytes)));
  }

  @Test
  void theJarsCompiledCatalogIsTheOneRunsRead() throws IOException {
    String compiled = BuiltinData.compiled(CatalogLoader.BUILTIN);
    assertEquals("/dev/claudemigrate/catalog/catalog.json", compiled);
    try (InputStream in = CatalogLoader.class.getResourceAsStream(compiled)) {
      assertNotNull(in, "the build writes catalog.json beside the classes");
      assertEquals(BuiltinData.readSource(CatalogLoader.BUILTIN), new ObjectMapper().readTree(in));
    }
    assertEquals(
        BuiltinData.readSource(CatalogLoader.BUILTIN), BuiltinData.read(CatalogLoader.BUILTIN));
  }

  @Test
  void aMissingSourceFailsTheBuildStep() {
    assertThrows(IllegalStateException.class, () -> BuiltinData.readSource("/no/such.yaml"));
    assertThrows(IllegalArgumentException.class, () -> CatalogCompiler.main(new String[0]));
  }
}
