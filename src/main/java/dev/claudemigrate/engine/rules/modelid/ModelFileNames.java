package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file named for the model it configures: a folder of per-model settings, one file per model
 * ({@code bedrock-claude-3-7-sonnet-20250219-v1.yml} whose line is {@code model:
 * bedrock/us.anthropic.claude-3-7-sonnet-20250219-v1:0}). Its name is what selects it (an alias, a
 * {@code --config} argument); rewriting the ID inside leaves a file whose name says one model and
 * whose content calls another, and no file for the old model. A person copies the file for the
 * target instead. The name must spell a model's dated ID (its family, version and date, from the
 * catalog): an undated name ({@code sonnet.yml}, {@code claude.yml}) names a role, not a model.
 */
final class ModelFileNames {
  /**
   * The dated part of an ID: {@code claude-3-7-sonnet-20250219}, {@code claude-sonnet-4-20250514}.
   */
  private static final Pattern DATED_STEM = Pattern.compile("claude-[a-z0-9-]*?-\\d{8}");

  /** Separators a file name may use where an ID has hyphens or dots. */
  private static final Pattern SEPARATORS = Pattern.compile("[_. ]");

  private ModelFileNames() {}

  /** The catalog models whose dated ID {@code file}'s name spells, in catalog order. */
  static List<Model> namedFor(SourceFile file, Catalog catalog) {
    String path = file.path();
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (!name.contains("claude")) {
      return List.of();
    }
    String normal = SEPARATORS.matcher(name).replaceAll("-");
    return catalog.models().stream()
        .filter(model -> datedStem(model).filter(normal::contains).isPresent())
        .toList();
  }

  /** Whether {@code m} names the model its file is named for. */
  static boolean namedForItsModel(SourceFile file, IdMatch m, Catalog catalog) {
    return namedFor(file, catalog).stream().anyMatch(x -> x.key().equals(m.model().key()));
  }

  /**
   * Advice for {@code m} in a file named for other models only ({@code
   * bedrock-claude-opus-4-20250514-v1.yml} that calls 3.7 Sonnet): the name says which model was
   * meant, the content another, and whether the file should call the model of its name, or the
   * target, is a person's choice. Empty when the file is named for no model, or for {@code m}'s.
   */
  static Optional<String> otherModelAdvice(SourceFile file, IdMatch m, Catalog catalog, Model to) {
    List<Model> named = namedFor(file, catalog);
    if (named.isEmpty() || named.stream().anyMatch(x -> x.key().equals(m.model().key()))) {
      return Optional.empty();
    }
    return Optional.of(
        "this file is named for "
            + named.get(0).name()
            + " but names "
            + m.model().name()
            + ": whether it should name the model its name says, or "
            + to.name()
            + " (then copy or rename the file for it), is a person's choice; not rewritten");
  }

  /** The dated part of {@code model}'s Bedrock ID, if it has a date. */
  private static Optional<String> datedStem(Model model) {
    Matcher d = DATED_STEM.matcher(model.bedrockId());
    return d.find() ? Optional.of(d.group()) : Optional.empty();
  }
}
