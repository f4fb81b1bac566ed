package dev.claudemigrate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a container image tarball ({@code docker save} layout, as {@code jib:buildTar} writes it)
 * the way {@code docker run --rm -v DIR:/work:ro IMAGE ARGS} would, without a container engine: the
 * layers are unpacked in order into a root file system, and the entrypoint runs in a new mount and
 * PID namespace ({@code unshare}) with DIR bind-mounted (read-only if asked), {@code /proc} and the
 * basic {@code /dev} nodes mounted, chrooted into that root as the image's user with its working
 * directory and only its environment ({@code nsenter --root --wd --setuid --setgid}, which also
 * drops supplementary groups). A test tool, not a product feature: users run the image with docker
 * or podman. Needs root (mounts, chroot), util-linux and GNU tar; {@link #unavailable()} says why
 * not when it cannot run. No network namespace, cgroups or seccomp: it checks what the image
 * contains and which user it runs as, not isolation.
 */
final class ImageRunner {
  /** The parts of the image configuration a run uses. */
  record Config(
      List<String> entrypoint,
      List<String> cmd,
      String user,
      String workingDir,
      List<String> env) {}

  /** A host folder mounted into the container. */
  record Volume(Path source, String target, boolean readOnly) {}

  record Result(int exitCode, String out, String err) {}

  /** Docker's PATH when the image sets none. */
  private static final String DEFAULT_PATH =
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  /** Mounts inside the new namespace, then runs the rest of the arguments (nsenter). */
  private static final String SETUP =
      """
      set -e
      root=$1 source=$2 target=$3 mode=$4; shift 4
      mkdir -p "$root$target" "$root/proc" "$root/dev"
      mount --bind "$source" "$root$target"
      if [ "$mode" = ro ]; then mount -o remount,bind,ro "$root$target"; fi
      mount -t proc proc "$root/proc"
      for d in null zero full random urandom; do
        : > "$root/dev/$d"; mount --bind "/dev/$d" "$root/dev/$d"
      done
      exec "$@"
      """;

  private static final List<String> TOOLS =
      List.of("/usr/bin/unshare", "/usr/bin/nsenter", "/usr/bin/env", "/bin/sh");

  final Config config;
  private final Path rootfs;

  private ImageRunner(Config config, Path rootfs) {
    this.config = config;
    this.rootfs = rootfs;
  }

  /** Why images cannot be run on this machine, or empty when they can. */
  static Optional<String> unavailable() throws IOException, InterruptedException {
    if (!System.getProperty("os.name").startsWith("Linux")) {
      return Optional.of("needs Linux namespaces, not " + System.getProperty("os.name"));
    }
    if (!"root".equals(System.getProperty("user.name"))) {
      return Optional.of(
          "needs root to mount and chroot (running as " + System.getProperty("user.name") + ")");
    }
    for (String tool : TOOLS) {
      if (!Files.isExecutable(Path.of(tool))) {
        return Optional.of("needs " + tool);
      }
    }
    Result probe = exec(List.of("/usr/bin/unshare", "--mount", "--pid", "--fork", "true"), 30);
    return probe.exitCode() == 0
        ? Optional.empty()
        : Optional.of("cannot create mount and PID namespaces here: " + probe.err().strip());
  }

  /** Unpacks {@code image} (its manifest, configuration and layers) under {@code dir}. */
  static ImageRunner unpack(Path image, Path dir) throws IOException, InterruptedException {
    Path blobs = Files.createDirectories(dir.resolve("image"));
    Path rootfs = Files.createDirectories(dir.resolve("rootfs"));
    check(exec(List.of("tar", "-xf", image.toString(), "-C", blobs.toString()), 120), "unpack");
    ObjectMapper json = new ObjectMapper();
    JsonNode manifest = json.readTree(blobs.resolve("manifest.json").toFile());
    if (manifest.size() != 1) {
      throw new IOException(
          image + ": expected one image in manifest.json, found " + manifest.size());
    }
    JsonNode c = json.readTree(blobs.resolve(manifest.get(0).path("Config").asText()).toFile());
    for (JsonNode layer : manifest.get(0).path("Layers")) {
      extractLayer(blobs.resolve(layer.asText()), rootfs);
    }
    JsonNode cc = c.path("config");
    Config config =
        new Config(
            strings(cc.path("Entrypoint")),
            strings(cc.path("Cmd")),
            cc.path("User").asText(""),
            cc.path("WorkingDir").asText("/"),
            strings(cc.path("Env")));
    return new ImageRunner(config, rootfs);
  }

  /** Runs the image's entrypoint with {@code args} (the image's Cmd when empty). */
  Result run(Volume volume, List<String> args) throws IOException, InterruptedException {
    return run(volume, config.entrypoint(), args);
  }

  /** Like {@code docker run --entrypoint}: another program of the image, same user and mounts. */
  Result run(Volume volume, List<String> entrypoint, List<String> args)
      throws IOException, InterruptedException {
    int[] ids = ids(config.user());
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "/usr/bin/unshare",
                "--mount",
                "--pid",
                "--fork",
                "--kill-child",
                "--propagation",
                "private",
                "--",
                "/bin/sh",
                "-c",
                SETUP,
                "sh",
                rootfs.toString(),
                volume.source().toAbsolutePath().toString(),
                volume.target(),
                volume.readOnly() ? "ro" : "rw",
                "/usr/bin/env",
                "-i"));
    if (config.env().stream().noneMatch(e -> e.startsWith("PATH="))) {
      cmd.add(DEFAULT_PATH);
    }
    cmd.addAll(config.env());
    cmd.addAll(
        List.of(
            "/usr/bin/nsenter",
            "--root=" + rootfs,
            "--wd=" + rootfs + config.workingDir(),
            "--setuid=" + ids[0],
            "--setgid=" + ids[1],
            "--"));
    cmd.addAll(entrypoint);
    cmd.addAll(args.isEmpty() ? config.cmd() : args);
    Files.createDirectories(rootfs.resolve(config.workingDir().substring(1)));
    return exec(cmd, 300);
  }

  /** uid and gid for a {@code User} value: {@code uid[:gid]}, by number or by the image's names. */
  int[] ids(String user) throws IOException {
    if (user.isEmpty()) {
      return new int[] {0, 0};
    }
    String[] parts = user.split(":", 2);
    List<String[]> passwd = table("etc/passwd");
    String[] entry =
        passwd.stream()
            .filter(p -> p.length > 3 && (p[0].equals(parts[0]) || p[2].equals(parts[0])))
            .findFirst()
            .orElse(null);
    int uid =
        parts[0].matches("\\d+")
            ? Integer.parseInt(parts[0])
            : Integer.parseInt(need(entry, user)[2]);
    if (parts.length == 1) {
      return new int[] {uid, entry == null ? 0 : Integer.parseInt(entry[3])};
    }
    if (parts[1].matches("\\d+")) {
      return new int[] {uid, Integer.parseInt(parts[1])};
    }
    String[] group =
        table("etc/group").stream().filter(g -> g[0].equals(parts[1])).findFirst().orElse(null);
    return new int[] {uid, Integer.parseInt(need(group, user)[2])};
  }

  private List<String[]> table(String file) throws IOException {
    Path p = rootfs.resolve(file);
    if (!Files.isRegularFile(p)) {
      return List.of();
    }
    return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
        .map(l -> l.split(":", -1))
        .toList();
  }

  private static String[] need(String[] entry, String user) throws IOException {
    if (entry == null) {
      throw new IOException("the image has no user or group for User " + user);
    }
    return entry;
  }

  /**
   * Extracts one layer over the layers below it. A whiteout {@code .wh.NAME} removes NAME from the
   * layers below (and is not kept); opaque directories ({@code .wh..wh..opq}) are refused rather
   * than half-handled: Jib and the base script never write them. Host tar follows symbolic links
   * already in the root, so a member below a link that leads out of the root (an absolute link such
   * as {@code /etc/alternatives/...}) is refused before anything is extracted.
   */
  private static void extractLayer(Path layer, Path rootfs)
      throws IOException, InterruptedException {
    Result list = check(exec(List.of("tar", "-tf", layer.toString()), 120), "list " + layer);
    List<String> whiteouts = new ArrayList<>();
    for (String entry : list.out().split("\n")) {
      String name = entry.replaceFirst("^\\./", "");
      String base = name.substring(name.lastIndexOf('/') + 1);
      if (base.equals(".wh..wh..opq")) {
        throw new IOException(
            layer.getFileName() + ": opaque whiteouts are not supported (" + name + ")");
      }
      if (base.startsWith(".wh.")) {
        whiteouts.add(name);
      }
      if (!insideRoot(rootfs, name)) {
        throw new IOException(
            layer.getFileName() + ": " + name + " lies below a link out of the root");
      }
    }
    check(
        exec(
            List.of(
                "tar",
                "-xf",
                layer.toString(),
                "-C",
                rootfs.toString(),
                "--same-owner",
                "--same-permissions",
                "--warning=no-unknown-keyword"),
            300),
        "extract " + layer);
    for (String w : whiteouts) {
      Path marker = rootfs.resolve(w);
      GoldenTrees.delete(marker.resolveSibling(marker.getFileName().toString().substring(4)));
      Files.deleteIfExists(marker);
    }
  }

  /** Whether the folder {@code name} lands in, as far as it exists yet, is inside the root. */
  private static boolean insideRoot(Path rootfs, String name) throws IOException {
    Path root = rootfs.toRealPath();
    Path p = rootfs.resolve(name).normalize();
    if (!p.startsWith(rootfs)) {
      return false;
    }
    Path dir = p.getParent();
    while (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      dir = dir.getParent();
    }
    return dir.toRealPath().startsWith(root);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }

  private static Result check(Result r, String what) throws IOException {
    if (r.exitCode() != 0) {
      throw new IOException(what + " failed (exit " + r.exitCode() + "): " + r.err().strip());
    }
    return r;
  }

  /** Runs a host command with a minimal environment; output and errors captured in files. */
  private static Result exec(List<String> cmd, int timeoutSeconds)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("image-run", ".out");
    Path err = Files.createTempFile("image-run", ".err");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.environment().clear();
      pb.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
      Process p = pb.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new IOException("timed out after " + timeoutSeconds + " s: " + cmd.get(0));
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
