package dev.claudemigrate.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Build step (ADR 0111): writes the built-in catalog's YAML source as compact JSON next to the
 * compiled classes, after every check a catalog must pass, so that a bad catalog fails the build
 * instead of every run, and a run reads it without the YAML parser. The build calls {@link #main}
 * with the output folder of the classes; nothing else does.
 */
public final class CatalogCompiler {
  private CatalogCompiler() {}

  /**
   * Writes {@code catalog.json} and {@code sdk-constants.json} under {@code args[0]} (the classes
   * folder).
   *
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CatalogCompiler CLASSES_DIR");
    }
    JsonNode catalog = CatalogLoader.checked(BuiltinData.readSource(CatalogLoader.BUILTIN));
    CatalogLoader.fromBuiltinTree(catalog); // every check; throws CatalogException naming the key
    write(Path.of(args[0]), CatalogLoader.BUILTIN, catalog);
    JsonNode sdk = BuiltinData.readSource(SdkConstants.BUILTIN);
    SdkConstants.fromTree(sdk);
    write(Path.of(args[0]), SdkConstants.BUILTIN, sdk);
  }

  /** Writes {@code tree} as the compiled form of {@code source} under {@code classes}, whole. */
  private static void write(Path classes, String source, JsonNode tree) throws IOException {
    Path out = classes.resolve(BuiltinData.compiled(source).substring(1));
    Files.createDirectories(out.getParent());
    Path tmp = Files.createTempFile(out.getParent(), "catalog", ".json.tmp");
    try {
      new ObjectMapper().writeValue(tmp.toFile(), tree);
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
