package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.CatalogLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --catalog FILE}, the same on every command that reads the model catalog. */
final class CatalogOption {
  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "A catalog file (YAML or JSON) merged over the built-in model catalog.")
  Path file;

  /**
   * The built-in catalog, or the user's file merged over it.
   *
   * @throws dev.claudemigrate.catalog.CatalogException with one line naming the file and key
   */
  Catalog load(Environment env) {
    return load(env, file);
  }

  static Catalog load(Environment env, Path file) {
    return file == null
        ? Catalog.builtin()
        : CatalogLoader.withOverride(env.resolve(file.toString()));
  }
}
