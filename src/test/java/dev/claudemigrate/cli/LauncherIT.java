package dev.claudemigrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code target/dist/bin/migrate} as a user does, after {@code package}: the class-data
 * archive in the cache folder must never change what reaches stdout, whatever state it is in.
 */
class LauncherIT {
  private static final Path DIST =
      Path.of(System.getProperty("migrate.dist", "target/dist")).toAbsolutePath();
  private static final Path SAMPLES = Path.of("samples").toAbsolutePath();

  private record Launch(int code, String out, String err) {}

  /** Runs the launcher with {@code env} added to a copy of this JVM's environment. */
  private static Launch launch(Path launcher, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().remove("JAVA_OPTS");
    pb.environment().remove("MIGRATE_CDS");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher did not finish: " + cmd);
    return new Launch(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Launch scanJson(Map<String, String> env) throws Exception {
    return launch(DIST.resolve("bin/migrate"), env, "scan", SAMPLES.toString(), "--format", "json");
  }

  /** The scan's findings from stdout, which must be one JSON document and nothing else. */
  private static JsonNode findings(Launch run) throws IOException {
    assertEquals(1, run.code(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertTrue(run.out().strip().endsWith("}"), "only JSON on stdout");
    return doc.path("findings");
  }

  private static List<Path> archives(Path cache) throws IOException {
    Path dir = cache.resolve("claude-migrate");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".jsa")).toList();
    }
  }

  @Test
  void theArchiveIsMadeOnceAndTheOutputIsTheSameWithIt(@TempDir Path cache) throws Exception {
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
    Launch version = launch(DIST.resolve("bin/migrate"), env, "--version");
    assertEquals(0, version.code(), version.err());
    assertTrue(version.out().startsWith("migrate (claude-migrate) "), version.out());
    assertEquals(List.of(), archives(cache), "--version alone makes no archive");

    Launch run = scanJson(env);
    assertFalse(run.err().contains("[cds]"), "writing the archive is silent: " + run.err());
    JsonNode first = findings(run);
    assertEquals(71, first.size());
    List<Path> made = archives(cache);
    assertEquals(1, made.size(), "one archive for this jar and JDK");
    assertTrue(Files.size(made.get(0)) > 1_000_000, "an archive holds the loaded classes");
    Launch again = scanJson(env);
    assertFalse(again.err().contains("[cds]"), again.err());
    assertEquals(first, findings(again));
    assertEquals(made, archives(cache));
  }

  @Test
  void versionAndHelpNeverMapTheArchive(@TempDir Path cache) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("XDG_CACHE_HOME", cache.toString()));
    findings(scanJson(env));
    assertEquals(1, archives(cache).size());
    // The JVM names where each class came from; the archive's classes come from "(top)".
    env.put("JAVA_OPTS", "-Xlog:class+load=info:stderr");
    assertTrue(scanJson(env).err().contains("shared objects file (top)"), "a scan maps it");
    for (String arg : List.of("--version", "--help")) {
      Launch run = launch(DIST.resolve("bin/migrate"), env, arg);
      assertEquals(0, run.code(), run.err());
      assertFalse(run.err().contains("shared objects file (top)"), arg + " maps no archive");
    }
  }

  @Test
  void aDamagedOrForeignArchiveNeverReachesStdout(@TempDir Path cache) throws Exception {
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
    JsonNode expected = findings(scanJson(env));
    Path archive = archives(cache).get(0);
    byte[] bytes = Files.readAllBytes(archive);
    byte[] junk = new byte[256];
    new Random(14).nextBytes(junk);
    System.arraycopy(junk, 0, bytes, 64, junk.length); // the header: the JVM reads it first
    archive.toFile().setWritable(true);
    Files.write(archive, bytes);
    assertEquals(expected, findings(scanJson(env)));
    assertEquals(expected, findings(scanJson(env)));

    // An archive some other JDK build made, under this jar's and JDK's name.
    Files.write(archive, Files.readAllBytes(otherArchive(cache)));
    assertEquals(expected, findings(scanJson(env)));
    assertEquals(expected, findings(scanJson(env)));
  }

  /** Java 17 crashes on an archive cut short, even with its own check (-XX:+VerifySharedSpaces). */
  @Test
  void anArchiveCutShortIsMadeAnew(@TempDir Path cache) throws Exception {
    Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
    JsonNode expected = findings(scanJson(env));
    Path whole = archives(cache).get(0);
    byte[] kept = Arrays.copyOf(Files.readAllBytes(whole), (int) Files.size(whole) / 2);
    whole.toFile().setWritable(true);
    Files.write(whole, kept);
    assertEquals(expected, findings(scanJson(env)));
    assertEquals(expected, findings(scanJson(env)));
    assertEquals(1, archives(cache).size(), "the cut one is gone: " + archives(cache));
  }

  /** A whole archive the JVM rejects for this run: one written for another class path. */
  private static Path otherArchive(Path dir) throws Exception {
    Path jsa = dir.resolve("foreign.jsa");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:disable",
                "-XX:ArchiveClassesAtExit=" + jsa,
                "-version")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("foreign.log").toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(Files.size(jsa) > 0, Files.readString(dir.resolve("foreign.log")));
    return jsa;
  }

  /**
   * A run that makes a new archive removes those of other jars or JDK builds that no run has read
   * for 30 days, and what a first run killed two days ago left; it keeps another archive read
   * today, a first run's files of now, and what is not the launcher's.
   */
  private static void assertOldArchivesAreRemoved(Path cache, Map<String, String> env)
      throws Exception {
    Path dir = Files.createDirectories(cache.resolve("claude-migrate"));
    FileTime longAgo = FileTime.from(Instant.now().minus(Duration.ofDays(40)));
    FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
    List<Path> gone = new ArrayList<>();
    for (String name :
        List.of(
            "claude-migrate-11-22-33.jsa",
            "claude-migrate-44-55.aot",
            "claude-migrate-66.123.tmp",
            "claude-migrate-66.123.tmp.err",
            "claude-migrate-77.456.aotconf",
            "claude-migrate-77.456.aottmp")) {
      Path p = Files.write(dir.resolve(name), new byte[] {1});
      FileTime t = name.endsWith(".jsa") || name.endsWith(".aot") ? longAgo : twoDaysAgo;
      Files.getFileAttributeView(p, BasicFileAttributeView.class).setTimes(t, t, null);
      gone.add(p);
    }
    Path readToday = Files.write(dir.resolve("claude-migrate-88-99-10.jsa"), new byte[] {1});
    Files.getFileAttributeView(readToday, BasicFileAttributeView.class)
        .setTimes(longAgo, FileTime.from(Instant.now()), null);
    Path underWay = Files.write(dir.resolve("claude-migrate-12.789.tmp"), new byte[] {1});
    Path notOurs = Files.write(dir.resolve("notes-of-the-user.jsa"), new byte[] {1});
    Files.getFileAttributeView(notOurs, BasicFileAttributeView.class)
        .setTimes(longAgo, longAgo, null);

    assertEquals(71, findings(scanJson(env)).size());
    for (Path p : gone) {
      assertFalse(Files.exists(p), p + " is removed");
    }
    for (Path p : List.of(readToday, underWay, notOurs)) {
      assertTrue(Files.exists(p), p + " is kept");
    }
  }

  @Test
  void aNewArchiveRemovesOldOnes(@TempDir Path cache) throws Exception {
    assertOldArchivesAreRemoved(cache, Map.of("XDG_CACHE_HOME", cache.toString()));
    assertEquals(3, archives(cache).size(), "the new one, the one read today, the user's file");
  }

  @Test
  void aNewArchiveOfJavaNineteenAndLaterRemovesOldOnes(@TempDir Path cache) throws Exception {
    assertOldArchivesAreRemoved(
        cache,
        Map.of(
            "XDG_CACHE_HOME", cache.toString(),
            "JAVA_HOME", jdk25().toString(),
            "MIGRATE_AOT", "0"));
  }

  @Test
  void aNewAotCacheRemovesOldOnes(@TempDir Path cache) throws Exception {
    assertOldArchivesAreRemoved(
        cache, Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", jdk25().toString()));
    assertEquals(1, aotCaches(cache).size(), "the new cache");
  }

  @Test
  void aCacheFolderThatCannotBeMadeIsNoError(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    Launch run = scanJson(Map.of("XDG_CACHE_HOME", file.resolve("cache").toString()));
    assertEquals(71, findings(run).size());
    assertTrue(run.err().lines().allMatch(l -> l.startsWith("migrate: ")), run.err());
  }

  @Test
  void aReadOnlyCacheFolderIsNoError(@TempDir Path cache) throws Exception {
    Path folder = Files.createDirectories(cache.resolve("claude-migrate"));
    assumeTrue(folder.toFile().setWritable(false, false));
    try {
      Launch run = scanJson(Map.of("XDG_CACHE_HOME", cache.toString()));
      assertEquals(71, findings(run).size());
      assertTrue(run.err().lines().allMatch(l -> l.startsWith("migrate: ")), run.err());
    } finally {
      folder.toFile().setWritable(true, false);
    }
  }

  @Test
  void migrateCdsZeroTurnsTheArchiveOff(@TempDir Path cache) throws Exception {
    Launch run = scanJson(Map.of("XDG_CACHE_HOME", cache.toString(), "MIGRATE_CDS", "0"));
    assertEquals(71, findings(run).size());
    assertEquals(List.of(), archives(cache));
  }

  @Test
  void worksThroughALinkAndHonoursJavaOpts(@TempDir Path dir) throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("migrate"), DIST.resolve("bin/migrate"));
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    env.put("JAVA_OPTS", "-Dclaude.migrate.launcher.test=1 -Xmx300m");
    Launch run = launch(link, env, "--version");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("migrate (claude-migrate) "), run.out());
    Launch bad = launch(link, Map.of("JAVA_OPTS", "-Xmx1k"), "--version");
    assertTrue(bad.code() != 0, "JAVA_OPTS reaches the JVM: an impossible heap fails");
  }

  /**
   * With no JAVA_HOME, the JDK (and with it the archive) is found through the links that lead from
   * {@code java} on PATH to the real binary, as Debian's {@code /usr/bin/java -> /etc/alternatives}
   * chain does: here one relative link and one absolute.
   */
  @Test
  void findsTheJdkThroughTheLinksFromJavaOnPath(@TempDir Path dir) throws Exception {
    Path alternatives = Files.createDirectories(dir.resolve("etc/alternatives"));
    Files.createSymbolicLink(
        alternatives.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    Path bin = Files.createDirectories(dir.resolve("usr/bin"));
    Files.createSymbolicLink(bin.resolve("java"), Path.of("../../etc/alternatives/java"));
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", "");
    env.put("PATH", bin + ":" + System.getenv("PATH"));
    env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    JsonNode first = findings(scanJson(env));
    assertEquals(1, archives(dir.resolve("cache")).size(), "an archive: the JDK was found");
    assertEquals(first, findings(scanJson(env)));
  }

  /**
   * A Java 25 or later: the one running the tests, else {@code $JAVA25_HOME}, else Temurin 25's
   * Debian folder; where there is none the test is skipped, with that reason.
   */
  private static Path jdk25() {
    if (Runtime.version().feature() >= 25) {
      return Path.of(System.getProperty("java.home"));
    }
    String env = System.getenv("JAVA25_HOME");
    Path jdk25 = Path.of(env != null ? env : "/usr/lib/jvm/temurin-25-jdk-amd64");
    assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no Java 25 on this machine");
    return jdk25;
  }

  private static List<Path> aotCaches(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache.resolve("claude-migrate"))) {
      return s.filter(p -> p.toString().endsWith(".aot")).toList();
    }
  }

  @Test
  void javaNineteenAndLaterKeepTheArchiveUpToDateThemselves(@TempDir Path cache) throws Exception {
    Map<String, String> env =
        Map.of(
            "XDG_CACHE_HOME", cache.toString(),
            "JAVA_HOME", jdk25().toString(),
            "MIGRATE_AOT", "0");
    JsonNode first = findings(scanJson(env));
    Path archive = archives(cache).get(0);
    archive.toFile().setWritable(true);
    Files.write(archive, new byte[] {1, 2, 3});
    assertEquals(first, findings(scanJson(env)));
    assertTrue(Files.size(archive) > 1_000_000, "the JVM wrote the archive again");
    assertEquals(first, findings(scanJson(env)));
  }

  /**
   * Java 25: the first run records, a second JVM writes the AOT cache; later runs use it. Nothing
   * of the JVM's reaches stdout or stderr on any of them, and a cache cut short is made anew.
   */
  @Test
  void javaTwentyFiveKeepsAnAotCache(@TempDir Path cache) throws Exception {
    Map<String, String> env =
        Map.of("XDG_CACHE_HOME", cache.toString(), "JAVA_HOME", jdk25().toString());
    Launch first = scanJson(env);
    JsonNode expected = findings(first);
    assertEquals(71, expected.size());
    assertTrue(first.err().lines().allMatch(l -> l.startsWith("migrate: ")), first.err());
    List<Path> made = aotCaches(cache);
    assertEquals(1, made.size(), "one cache for this jar and JDK: " + made);
    assertEquals(List.of(), archives(cache), "no class-data archive beside it");
    String name = made.get(0).getFileName().toString();
    assertEquals(Files.size(made.get(0)) + ".aot", name.substring(name.lastIndexOf('-') + 1));

    Map<String, String> logged = new HashMap<>(env);
    logged.put("JAVA_OPTS", "-Xlog:class+load=info:stderr");
    Launch again = scanJson(logged);
    assertEquals(expected, findings(again));
    assertTrue(again.err().contains("source: shared objects file"), "the cache is mapped");

    try (RandomAccessFile cut = new RandomAccessFile(made.get(0).toFile(), "rw")) {
      cut.setLength(cut.length() / 2);
    }
    Launch afterCut = scanJson(env);
    assertEquals(expected, findings(afterCut));
    assertTrue(afterCut.err().lines().allMatch(l -> l.startsWith("migrate: ")), afterCut.err());
    List<Path> remade = aotCaches(cache);
    assertEquals(1, remade.size(), "the cut one is gone: " + remade);
    assertTrue(Files.size(remade.get(0)) > 1_000_000, "and a whole one written");
  }
}
