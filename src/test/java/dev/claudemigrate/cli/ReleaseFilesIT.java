package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What a release publishes, checked after {@code package} as the release workflow would publish it:
 * both archives hold the launcher and the jar, every checksum file matches its file, the SBOM names
 * the shipped libraries and no test library, and JBang's catalog points at the jar that JReleaser
 * uploads under a fixed name in this project's repository.
 */
class ReleaseFilesIT {
  private static final Path TARGET =
      Path.of(System.getProperty("migrate.dist", "target/dist")).toAbsolutePath().getParent();
  private static final String VERSION = System.getProperty("migrate.version", "0.1.0-SNAPSHOT");
  private static final String BASE = "claude-migrate-" + VERSION;
  private static final Set<String> DIST_FILES =
      Set.of(BASE + "/bin/migrate", BASE + "/bin/migrate.cmd", BASE + "/lib/claude-migrate.jar");

  @Test
  void bothArchivesHoldTheLauncherAndTheJar() throws Exception {
    Set<String> zipped = new TreeSet<>();
    try (ZipFile zip = new ZipFile(TARGET.resolve(BASE + ".zip").toFile())) {
      zip.stream().map(ZipEntry::getName).forEach(zipped::add);
    }
    assertTrue(zipped.containsAll(DIST_FILES), "zip holds " + zipped);

    Set<String> tarred = new TreeSet<>(tarList(TARGET.resolve(BASE + ".tar.gz")));
    assertTrue(tarred.containsAll(DIST_FILES), "tar.gz holds " + tarred);
  }

  @Test
  void everyChecksumFileMatchesItsFile() throws Exception {
    List<String> released =
        List.of(BASE + ".tar.gz", BASE + ".zip", BASE + ".cdx.json", "claude-migrate.jar");
    for (String name : released) {
      String line = Files.readString(TARGET.resolve(name + ".sha256"), StandardCharsets.UTF_8);
      // `sha256sum -c` format: "<hex> *<name>" (binary mode) or "<hex>  <name>".
      String[] parts = line.trim().split("\\s+\\*?", 2);
      assertEquals(name, parts[1], "checksum file of " + name + " names another file");
      assertEquals(sha256(TARGET.resolve(name)), parts[0], "SHA-256 of " + name);
    }
  }

  @Test
  void theSbomNamesTheShippedLibrariesAndNoTestLibrary() throws IOException {
    JsonNode bom = new ObjectMapper().readTree(TARGET.resolve(BASE + ".cdx.json").toFile());
    assertEquals("CycloneDX", bom.path("bomFormat").asText());
    assertEquals("claude-migrate", bom.path("metadata").path("component").path("name").asText());
    Set<String> names = new TreeSet<>();
    bom.path("components").forEach(c -> names.add(c.path("name").asText()));
    assertTrue(
        names.containsAll(Set.of("picocli", "jackson-databind", "bedrockruntime", "s3")),
        "SBOM components: " + names);
    for (String testOnly : List.of("junit-jupiter-api", "mockito-core", "archunit")) {
      assertFalse(names.contains(testOnly), "test library in the SBOM: " + testOnly);
    }
  }

  @Test
  void jbangRunsTheJarJReleaserUploadsUnderAFixedName() throws IOException {
    String repository = System.getProperty("migrate.repositoryUrl");
    JsonNode alias =
        new ObjectMapper().readTree(Path.of("jbang-catalog.json").toFile()).path("aliases");
    assertEquals(
        repository + "/releases/latest/download/claude-migrate.jar",
        alias.path("migrate").path("script-ref").asText(),
        "jbang-catalog.json must point at this project's repository (pom.xml repository.url)");

    List<String> uploaded = new ArrayList<>();
    new YAMLMapper()
        .readTree(Path.of("jreleaser.yml").toFile())
        .path("files")
        .path("artifacts")
        .forEach(a -> uploaded.add(a.path("path").asText()));
    assertTrue(uploaded.contains("target/dist/lib/claude-migrate.jar"), "jreleaser: " + uploaded);
    assertTrue(Files.isRegularFile(TARGET.resolve("dist/lib/claude-migrate.jar")));
  }

  private static List<String> tarList(Path archive) throws IOException, InterruptedException {
    Process tar = new ProcessBuilder("tar", "-tzf", archive.toString()).start();
    String listing;
    try (InputStream in = tar.getInputStream()) {
      listing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(tar.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, tar.exitValue(), "tar -tzf " + archive);
    return listing.lines().toList();
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
