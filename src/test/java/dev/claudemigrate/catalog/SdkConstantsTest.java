package dev.claudemigrate.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.SdkConstants.Sdk;
import dev.claudemigrate.catalog.SdkConstants.Version;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SDK constant data: every entry names a catalog model, and release ranges are read right. */
class SdkConstantsTest {
  private final SdkConstants data = SdkConstants.builtin();

  @Test
  void everyTargetOfTheCatalogWithAConstantNamesAnExistingModel() {
    Catalog catalog = Catalog.builtin();
    for (Sdk sdk : Sdk.values()) {
      for (Model m : catalog.models()) {
        data.constant(sdk, m.anthropicId())
            .ifPresent(c -> assertTrue(c.name().toUpperCase().contains("CLAUDE"), c.name()));
      }
    }
    assertEquals("github.com/anthropics/anthropic-sdk-go", data.module(Sdk.GO));
    assertEquals("com.anthropic:anthropic-java", data.module(Sdk.JAVA));
  }

  @Test
  void aConstantIsDeclaredFromItsFirstToItsLastRelease() {
    SdkConstants.Constant sonnet4 =
        data.constant(Sdk.JAVA, "claude-sonnet-4-20250514").orElseThrow();
    assertFalse(sonnet4.declaredIn(Version.parse("1.4.0").orElseThrow()));
    assertTrue(sonnet4.declaredIn(Version.parse("2.0.0").orElseThrow()));
    assertTrue(sonnet4.declaredIn(Version.parse("2.40.1").orElseThrow()));
    assertFalse(sonnet4.declaredIn(Version.parse("2.41.0").orElseThrow()));
  }

  @Test
  void everyRecordedSdkTypeIsATypeOfACatalogToolVersion() {
    Set<String> known = new HashSet<>();
    Catalog.builtin().tools().forEach(t -> known.addAll(t.sdkTypeNames()));
    for (Sdk sdk : Sdk.values()) {
      data.types(sdk).keySet().forEach(n -> assertTrue(known.contains(n), sdk + " " + n));
    }
    assertEquals(
        "0.47.0", data.typeSince(Sdk.PYTHON, "BetaToolBash20250124Param").orElseThrow().toString());
    assertEquals(Optional.empty(), data.typeSince(Sdk.PYTHON, "BetaToolBash20250124"));
    assertEquals("anthropic", data.module(Sdk.PYTHON));
    assertEquals("@anthropic-ai/sdk", data.module(Sdk.TYPESCRIPT));
  }

  @Test
  void versionsParseWithPrefixAndSuffix() {
    assertEquals("1.23.0", Version.parse("v1.23.0").orElseThrow().toString());
    assertEquals("0.2.0", Version.parse("v0.2.0-alpha.3").orElseThrow().toString());
    assertEquals(Optional.empty(), Version.parse("${anthropic.version}"));
    assertTrue(
        Version.parse("2.10.0").orElseThrow().compareTo(Version.parse("2.9.1").orElseThrow()) > 0);
  }
}
