package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.catalog.ToolFamily;
import dev.claudemigrate.catalog.ToolVersion;
import dev.claudemigrate.engine.files.Globs;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of option and config values that a type alone cannot make: each failure is one line naming
 * the option (or config key), the value, and what is allowed.
 */
final class Values {
  /** An AWS region name: us-east-1, eu-central-2, us-gov-west-1, ap-southeast-7, ... */
  private static final Pattern REGION =
      Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");

  private Values() {}

  static void requireRegion(String name, String region) {
    if (!REGION.matcher(region).matches()) {
      throw new IllegalArgumentException(
          name + " '" + region + "': not an AWS region name (like us-east-1)");
    }
  }

  static void requirePrefix(String name, String prefix, Model target) {
    if (!target.profilePrefixes().contains(prefix)) {
      throw new IllegalArgumentException(
          name
              + " '"
              + prefix
              + "': "
              + target.name()
              + " has no such inference profile (choose "
              + String.join(", ", target.profilePrefixes().stream().sorted().toList())
              + ")");
    }
  }

  static void requireTextEditor(String name, String type, Catalog catalog, Model target) {
    List<String> allowed =
        catalog.tools().stream()
            .filter(t -> t.family() == ToolFamily.TEXT_EDITOR && t.models().contains(target.key()))
            .map(ToolVersion::type)
            .sorted()
            .toList();
    if (!allowed.isEmpty() && !allowed.contains(type)) {
      throw new IllegalArgumentException(
          name
              + " '"
              + type
              + "': not a text-editor tool type of "
              + target.name()
              + " (choose "
              + String.join(", ", allowed)
              + ")");
    }
  }

  static void requireGlobs(String name, List<String> globs) {
    for (String g : globs) {
      if (!Globs.isValid(g)) {
        throw new IllegalArgumentException(name + " '" + g + "': not a valid glob");
      }
    }
  }

  static void requireAtLeastOne(String name, Integer value, String unit) {
    if (value != null && value < 1) {
      throw new IllegalArgumentException(name + " " + value + ": must be at least 1" + unit);
    }
  }
}
