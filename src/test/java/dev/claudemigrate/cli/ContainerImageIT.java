package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
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
 * The container image (Maven profile {@code image}, Jib) as far as it can be checked here: no
 * Docker engine runs and Jib cannot pull the base image (no registry is reachable), so the image is
 * never built in this test. What is checked: the Jib configuration in pom.xml (non-root user, an
 * entrypoint that runs the shaded jar copied to /app, not bound to the default build), and the
 * entrypoint's command line run as that unprivileged user with setpriv against a folder laid out as
 * the image would see it (the jar at a root-owned /app-like path, the repository mounted read-only
 * for that user).
 */
class ContainerImageIT {
  private static final Path JAR =
      Path.of(System.getProperty("migrate.jar", "target/claude-migrate.jar")).toAbsolutePath();

  static Element jib;
  static Element profile;

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
  void theEntrypointScansAMountedFolderAsTheUnprivilegedUser() throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name"))
            && Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "setpriv needs root to switch to the image's user");
    String[] ids = text(child(child(jib, "configuration"), "container"), "user").split(":");
    // /app as in the image: root-owned, readable by all.
    Path app = Files.createDirectories(tmp.resolve("app"));
    Files.copy(JAR, app.resolve("claude-migrate.jar"), StandardCopyOption.REPLACE_EXISTING);
    // The mounted repository: owned by root, readable but not writable for the user.
    Path work = tmp.resolve("work");
    GoldenTrees.copy(Path.of("samples"), work);
    openUp(tmp);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "/usr/bin/setpriv",
                "--reuid=" + ids[0],
                "--regid=" + ids[1],
                "--clear-groups",
                "--"));
    for (String part : entrypoint()) {
      cmd.add(
          part.equals("java")
              ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
              : part.replace(
                  "/app/${project.build.finalName}.jar",
                  app.resolve("claude-migrate.jar").toString()));
    }
    cmd.addAll(List.of("scan", ".", "--format", "sarif"));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
    pb.environment().clear();
    pb.environment()
        .put("HOME", text(child(child(jib, "configuration"), "container"), "environment", "HOME"));
    pb.environment().put("PATH", "/usr/bin:/bin");
    Path out = tmp.resolve("out.sarif");
    Path err = tmp.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(1, p.exitValue(), "findings in the samples give exit 1: " + errors);
    JsonNode sarif = new ObjectMapper().readTree(out.toFile());
    assertEquals(1, sarif.path("runs").size());
    assertTrue(sarif.at("/runs/0/results").size() > 10, "the samples' findings are reported");
    assertEquals("model-id", sarif.at("/runs/0/results/0/ruleId").asText());
    List<String> id = new ArrayList<>(cmd.subList(0, 5));
    id.addAll(List.of("/usr/bin/id", "-u"));
    Process idp = new ProcessBuilder(id).redirectErrorStream(true).start();
    String uid = new String(idp.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(idp.waitFor(10, TimeUnit.SECONDS));
    assertEquals(ids[0], uid, "the command ran as the image's user");
    assertFalse(errors.contains("Permission denied"), errors);
  }

  /** Directories 755 and files 644 from {@code dir} down, owned by the test's (root) user. */
  private static void openUp(Path dir) throws Exception {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    for (Path p = dir.getParent(); p != null; p = p.getParent()) {
      assumeTrue(
          Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE),
          p + " is not traversable by other users");
    }
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
