package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The container image (Maven profile {@code image}, Jib), built and run here without Docker: the
 * Jib configuration in pom.xml is checked as written (non-root user, the shaded jar at /app, not
 * bound to the default build); then the project's real Jib configuration builds the image tarball
 * on a base made from this machine's JDK (Docker Hub is not reachable here; the published default
 * stays eclipse-temurin), and {@link ImageRunner} runs it like {@code docker run --rm -v
 * DIR:/work:ro IMAGE scan .}: as uid 65532, chrooted into the image's own files, with the folder
 * mounted. Where root or namespaces are missing the image tests are skipped with the reason.
 */
class ContainerImageIT {
  private static final Path JAR =
      Path.of(System.getProperty("migrate.jar", "target/claude-migrate.jar")).toAbsolutePath();

  static Element jib;
  static Element profile;

  /** The image built and unpacked for this run, or why it could not be. */
  private static ImageRunner image;

  private static String skipped;

  @TempDir Path tmp;

  @BeforeAll
  static void readPom() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    Document pom = f.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    for (Element p : children(pom.getDocumentElement(), "profiles", "profile")) {
      if (text(p, "id").equals("image")) {
        profile = p;
      }
    }
    assertTrue(profile != null, "pom.xml has a profile 'image'");
    for (Element plugin : children(profile, "build", "plugins", "plugin")) {
      if (text(plugin, "artifactId").equals("jib-maven-plugin")) {
        jib = plugin;
      }
    }
    assertTrue(jib != null, "the image profile configures jib-maven-plugin");
  }

  @Test
  void jibIsConfiguredForANonRootUserRunningTheJar() {
    assertEquals("3.5.2", text(jib, "version"));
    Element container = child(child(jib, "configuration"), "container");
    String user = text(container, "user");
    String uid = user.split(":")[0];
    assertFalse(uid.equals("0") || uid.equals("root") || uid.isEmpty(), user);
    assertTrue(Integer.parseInt(uid) > 0, user);
    assertEquals(List.of("java", "-jar", "/app/${project.build.finalName}.jar"), entrypoint());
    Element path =
        children(child(jib, "configuration"), "extraDirectories", "paths", "path").get(0);
    assertEquals("/app", text(path, "into"));
    assertEquals("${project.build.finalName}.jar", text(path, "includes"));
    assertEquals("eclipse-temurin:17-jre", property("image.base"));
    assertTrue(
        children(jib, "executions").isEmpty(),
        "jib is not bound to a phase: the default build and verify never build an image");
  }

  @Test
  void scanOfAReadOnlyMountFindsTheSamplesAsJsonAndSarif() throws Exception {
    Path work = project();
    ImageRunner.Result json = image().run(readOnly(work), List.of("scan", ".", "--format", "json"));
    assertEquals(1, json.exitCode(), "findings give exit 1: " + json.err());
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertEquals("/work", report.path("root").asText());
    assertEquals(EXPECTED, located(report.path("findings"), "/path", "/line"));
    assertFalse(json.err().contains("Exception"), json.err());

    ImageRunner.Result sarif =
        image().run(readOnly(work), List.of("scan", ".", "--format", "sarif"));
    assertEquals(1, sarif.exitCode(), sarif.err());
    JsonNode runs = new ObjectMapper().readTree(sarif.out()).path("runs");
    assertEquals(1, runs.size());
    assertEquals(
        EXPECTED,
        located(
            runs.get(0).path("results"),
            "/locations/0/physicalLocation/artifactLocation/uri",
            "/locations/0/physicalLocation/region/startLine"));
  }

  @Test
  void theImageRunsAsItsNonRootUserInWork() throws Exception {
    ImageRunner.Config config = image().config;
    assertEquals(List.of("java", "-jar", "/app/claude-migrate.jar"), config.entrypoint());
    assertEquals("65532:65532", config.user());
    assertEquals("/work", config.workingDir());
    assertTrue(config.env().contains("HOME=/tmp"), config.env().toString());
    // Like docker run --entrypoint java: the JVM reports the account it runs under.
    ImageRunner.Result props =
        image()
            .run(
                readOnly(project()),
                List.of("java"),
                List.of("-XshowSettings:properties", "-version"));
    assertEquals(0, props.exitCode(), props.err());
    assertTrue(props.err().contains("user.name = nonroot"), props.err());
    assertTrue(props.err().contains("user.dir = /work"), props.err());
    assertTrue(props.err().contains("java.home = /opt/java"), props.err());
  }

  @Test
  void applyCannotWriteARootOwnedMountBecauseTheUserIsNotRoot() throws Exception {
    // A writable mount owned by root with 755/644: only a user other than root is refused.
    assertApplyRefused(false, "src/app.py: not written: permission denied");
  }

  @Test
  void applyOnAReadOnlyMountFailsCleanly() throws Exception {
    assertApplyRefused(true, "src/app.py: not written: Read-only file system");
  }

  /** apply on the root-owned project: one line per file, exit 3, nothing changed. */
  private void assertApplyRefused(boolean readOnly, String line) throws Exception {
    Path work = project();
    Map<String, byte[]> before = GoldenTrees.read(work);
    ImageRunner.Result apply =
        image().run(new ImageRunner.Volume(work, "/work", readOnly), List.of("apply", "."));
    assertEquals(3, apply.exitCode(), "incomplete: " + apply.out() + apply.err());
    assertTrue(apply.err().contains(line), apply.err());
    assertFalse(apply.err().contains("\tat "), "no stack trace: " + apply.err());
    GoldenTrees.assertSame(before, GoldenTrees.read(work));
  }

  @Test
  void applyWritesAMountTheImageUserOwns() throws Exception {
    Path work = project();
    chown(work, 65532);
    ImageRunner.Result apply =
        image().run(new ImageRunner.Volume(work, "/work", false), List.of("apply", "."));
    assertEquals(0, apply.exitCode(), apply.out() + apply.err());
    Path app = work.resolve("src/app.py");
    assertTrue(
        Files.readString(app).contains("\"us.anthropic.claude-sonnet-4-6\""),
        Files.readString(app));
    assertEquals(65532, Files.getAttribute(app, "unix:uid"), "rewritten by the image's user");
  }

  /** {@code ruleId path:line} of each JSON finding or SARIF result. */
  private static List<String> located(JsonNode findings, String path, String line) {
    List<String> out = new ArrayList<>();
    findings.forEach(
        f ->
            out.add(
                f.path("ruleId").asText() + " " + f.at(path).asText() + ":" + f.at(line).asInt()));
    return out;
  }

  private static final List<String> EXPECTED =
      List.of("model-id models.yaml:2", "model-id src/app.py:3", "model-id src/client.js:1");

  /** A small repository with three findings, owned by root, readable by all. */
  private Path project() throws IOException {
    Path work = Files.createTempDirectory(tmp, "work");
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    write(work, ".claude-migrate.yml", "target: sonnet-4.6\nprofilePrefix: us\n");
    write(
        work,
        "src/app.py",
        "import boto3\nclient = boto3.client(\"bedrock-runtime\")\nMODEL = \"anthropic.claude-3-5-sonnet-20240620-v1:0\"\n");
    write(
        work, "src/client.js", "const modelId = \"anthropic.claude-3-5-sonnet-20241022-v2:0\";\n");
    write(work, "models.yaml", "models:\n  default: anthropic.claude-3-5-sonnet-20240620-v1:0\n");
    return work;
  }

  private static void write(Path root, String rel, String text) throws IOException {
    Path p = root.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.setPosixFilePermissions(p.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(p, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
  }

  private static void chown(Path root, int uid) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Files.setAttribute(p, "unix:uid", uid);
        Files.setAttribute(p, "unix:gid", uid);
      }
    }
  }

  private static ImageRunner.Volume readOnly(Path work) {
    return new ImageRunner.Volume(work, "/work", true);
  }

  /**
   * The image, built once per run from this checkout: a base from this machine's JDK
   * (src/test/image/make-base-image.sh), then the project's own Jib configuration ({@code -Pimage
   * jib:buildTar}) on that base, unpacked for {@link ImageRunner}. On by default (it is the only
   * proof that the image runs); {@code -Dimage.it=false} skips it, and it is skipped, with the
   * reason, where namespaces, root or jlink are missing. A build that fails fails the test.
   */
  private static synchronized ImageRunner image() throws Exception {
    if (image == null && skipped == null) {
      skipped =
          Boolean.parseBoolean(System.getProperty("image.it", "true"))
              ? ImageRunner.unavailable().orElse(null)
              : "-Dimage.it=false (the image build takes about two minutes: jdeps, jlink, Jib)";
      if (skipped == null
          && !Files.isDirectory(Path.of(System.getProperty("java.home"), "jmods"))) {
        skipped = "the JDK at " + System.getProperty("java.home") + " has no jmods for jlink";
      }
      if (skipped != null) {
        System.err.println("ContainerImageIT: image tests skipped: " + skipped);
      } else {
        image = build();
      }
    }
    assumeTrue(skipped == null, () -> "container image not run here: " + skipped);
    return image;
  }

  private static ImageRunner build() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "image-it").toAbsolutePath());
    Path base = dir.resolve("base.tar");
    Path tar = dir.resolve("claude-migrate-image.tar");
    Files.deleteIfExists(tar);
    long t0 = System.nanoTime();
    step(
        dir.resolve("base.log"),
        "src/test/image/make-base-image.sh",
        JAR.toString(),
        base.toString());
    long t1 = System.nanoTime();
    step(
        dir.resolve("jib.log"),
        "./mvnw",
        "-B",
        "-ntp",
        "-Pimage",
        "jib:buildTar",
        "-Dimage.base=tar://" + base,
        "-Dimage.name=claude-migrate:it",
        "-Djib.outputPaths.tar=" + tar,
        "-Djib.baseImageCache=" + dir.resolve("jib-base-cache"));
    long t2 = System.nanoTime();
    Path unpacked = dir.resolve("unpacked");
    GoldenTrees.delete(unpacked);
    ImageRunner runner = ImageRunner.unpack(tar, unpacked);
    System.err.printf(
        "ContainerImageIT: base image %d s, jib:buildTar %d s, unpack %d s%n",
        (t1 - t0) / 1_000_000_000,
        (t2 - t1) / 1_000_000_000,
        (System.nanoTime() - t2) / 1_000_000_000);
    return runner;
  }

  /** Runs a build step from the project folder; its output goes to {@code log}. */
  private static void step(Path log, String... cmd) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), cmd[0] + " timed out");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(
        0, p.exitValue(), cmd[0] + " failed:\n" + out.substring(Math.max(0, out.length() - 4000)));
  }

  private static List<String> entrypoint() {
    return List.of(text(child(child(jib, "configuration"), "container"), "entrypoint").split(","));
  }

  private static String property(String name) {
    return text(profile, "properties", name);
  }

  private static Element child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + e.getTagName() + ">");
  }

  private static List<Element> children(Element e, String... path) {
    List<Element> level = List.of(e);
    for (String name : path) {
      List<Element> next = new ArrayList<>();
      for (Element l : level) {
        for (Node n = l.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element c && c.getTagName().equals(name)) {
            next.add(c);
          }
        }
      }
      level = next;
    }
    return level;
  }

  private static String text(Element e, String... path) {
    Element x = e;
    for (String name : path) {
      x = child(x, name);
    }
    return x.getTextContent().strip();
  }
}
