package dev.claudemigrate.engine.rules.familycheck;

import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.ModelFamily;
import java.util.List;

/**
 * Names the generations a fragment selects: "Claude 3.5 Sonnet", "Claude 3, 3.5 and 3.7 models".
 */
final class Generations {
  private Generations() {}

  static String of(List<Model> named) {
    List<String> versions = named.stream().map(Model::version).distinct().toList();
    List<ModelFamily> families = named.stream().map(Model::family).distinct().toList();
    String joined =
        versions.size() == 1
            ? versions.get(0)
            : String.join(", ", versions.subList(0, versions.size() - 1))
                + " and "
                + versions.get(versions.size() - 1);
    return "Claude " + joined + " " + (families.size() == 1 ? families.get(0).display() : "models");
  }
}
