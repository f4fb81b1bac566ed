package dev.claudemigrate.engine.syntax.structure;

import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.LastAnswer;
import java.util.List;

/**
 * The key/value objects of a file (code or JSON/YAML configuration), for rules that reason about
 * requests.
 */
public final class Mappings {
  private Mappings() {}

  /**
   * The file's objects, kept for the last file each thread asked about: four rules read them (the
   * prefill, sampling, thinking and stop-reason rules) and each had built them again, a walk of the
   * whole tree and the resolution of every member (seconds each for a file of a few megabytes). The
   * objects are immutable to their readers.
   */
  private static final LastAnswer<List<Mapping>> LAST = new LastAnswer<>();

  /** Every object written in {@code file}; empty for formats it does not read. Unmodifiable. */
  public static List<Mapping> of(SourceFile file) {
    return LAST.get(file, null, (f, none) -> List.copyOf(build(f)));
  }

  private static List<Mapping> build(SourceFile file) {
    return switch (file.language()) {
      case JSON -> ConfigMappings.parse(file.text(), 0, false);
      case YAML -> ConfigMappings.parse(file.text(), 0, true);
      case PYTHON -> code(file, new PythonSyntax());
      case JAVASCRIPT, TYPESCRIPT -> code(file, new JsSyntax());
      case JAVA -> code(file, new JavaSyntax());
      case GO -> code(file, new GoSyntax());
      case KOTLIN -> code(file, new KotlinSyntax());
      case CSHARP -> code(file, new CSharpSyntax());
      case RUST -> code(file, new RustSyntax());
      case OTHER_CODE -> LexicalMappings.of(file);
      default -> List.of();
    };
  }

  private static List<Mapping> code(SourceFile file, MappingSyntax syntax) {
    return file.syntax().map(t -> TreeMappings.of(t, syntax)).orElse(List.of());
  }

  /** The outermost object that holds {@code m} through object members (arrays end the climb). */
  public static Mapping root(Mapping m) {
    Mapping r = m;
    while (r.parent() != null) {
      r = r.parent();
    }
    return r;
  }
}
