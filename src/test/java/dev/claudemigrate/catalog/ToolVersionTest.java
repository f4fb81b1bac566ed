package dev.claudemigrate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ToolVersion's written-out equals and hashCode keep a record's meaning: every component counts.
 */
class ToolVersionTest {
  private static ToolVersion base() {
    return new ToolVersion(
        "text_editor_20250124",
        "str_replace_editor",
        ToolFamily.TEXT_EDITOR,
        List.of("sonnet-3.7"),
        null,
        true,
        "text_editor_20250728",
        List.of("ToolTextEditor20250124"));
  }

  @Test
  void equalComponentsAreEqualAndHashAlike() {
    ToolVersion a = base();
    ToolVersion b = base();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void eachComponentTellsVersionsApart() {
    ToolVersion a = base();
    List<ToolVersion> others =
        List.of(
            new ToolVersion(
                "text_editor_20250429",
                a.name(),
                a.family(),
                a.models(),
                a.beta(),
                a.undoEdit(),
                a.successor(),
                a.sdkTypeNames()),
            new ToolVersion(
                a.type(),
                "str_replace_based_edit_tool",
                a.family(),
                a.models(),
                a.beta(),
                a.undoEdit(),
                a.successor(),
                a.sdkTypeNames()),
            new ToolVersion(
                a.type(),
                a.name(),
                ToolFamily.BASH,
                a.models(),
                a.beta(),
                a.undoEdit(),
                a.successor(),
                a.sdkTypeNames()),
            new ToolVersion(
                a.type(),
                a.name(),
                a.family(),
                List.of("sonnet-4"),
                a.beta(),
                a.undoEdit(),
                a.successor(),
                a.sdkTypeNames()),
            new ToolVersion(
                a.type(),
                a.name(),
                a.family(),
                a.models(),
                "computer-use-2025-01-24",
                a.undoEdit(),
                a.successor(),
                a.sdkTypeNames()),
            new ToolVersion(
                a.type(),
                a.name(),
                a.family(),
                a.models(),
                a.beta(),
                false,
                a.successor(),
                a.sdkTypeNames()),
            new ToolVersion(
                a.type(),
                a.name(),
                a.family(),
                a.models(),
                a.beta(),
                a.undoEdit(),
                null,
                a.sdkTypeNames()),
            new ToolVersion(
                a.type(),
                a.name(),
                a.family(),
                a.models(),
                a.beta(),
                a.undoEdit(),
                a.successor(),
                List.of()));
    for (ToolVersion other : others) {
      assertNotEquals(a, other, other.toString());
      assertNotEquals(other, a, other.toString());
    }
  }
}
