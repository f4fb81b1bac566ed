package dev.claudemigrate.engine.files;

import dev.claudemigrate.engine.source.Decoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * Which charset reads a file that starts without a byte-order mark: UTF-8 unless the user said
 * otherwise, for all files ({@code ISO-8859-1}) or for those matching a glob ({@code
 * *.properties=ISO-8859-1}). A byte-order mark always wins, as it names its own charset. Only
 * charsets that write ASCII as ASCII are accepted: the prefilter and the rules look for ASCII model
 * IDs and keys in the raw bytes. Immutable.
 */
public final class Encodings {
  /** Every file UTF-8 (or what its byte-order mark says). */
  public static final Encodings UTF_8 = new Encodings(StandardCharsets.UTF_8, List.of());

  private static final String ASCII_PROBE = "anthropic.claude-0123456789:_ =\"'\n";

  /** One {@code GLOB=CHARSET} choice. */
  private record ByGlob(String glob, IgnoreNode node, Charset charset) {}

  private final Charset fallback;
  private final List<ByGlob> byGlob;

  private Encodings(Charset fallback, List<ByGlob> byGlob) {
    this.fallback = fallback;
    this.byGlob = List.copyOf(byGlob);
  }

  /**
   * Parses choices such as {@code ISO-8859-1} (every file) and {@code *.properties=ISO-8859-1}
   * (files matching the glob); a later choice wins over an earlier one.
   *
   * @param option the option or config key named in messages, e.g. {@code --encoding}
   * @throws IllegalArgumentException with one line naming the bad value
   */
  public static Encodings parse(String option, List<String> specs) {
    Charset fallback = StandardCharsets.UTF_8;
    List<ByGlob> byGlob = new ArrayList<>();
    for (String raw : specs) {
      String spec = raw.strip();
      int eq = spec.lastIndexOf('=');
      if (eq < 0) {
        fallback = charset(option, spec);
        byGlob.clear(); // a later default overrides earlier per-glob choices too
        continue;
      }
      String glob = spec.substring(0, eq).strip();
      if (glob.isEmpty() || !Globs.isValid(glob)) {
        throw new IllegalArgumentException(option + " '" + raw + "': not a valid glob before '='");
      }
      byGlob.add(new ByGlob(glob, Globs.of(glob), charset(option, spec.substring(eq + 1).strip())));
    }
    return new Encodings(fallback, byGlob);
  }

  private static Charset charset(String option, String name) {
    Charset cs;
    try {
      cs = Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException(
          option + " '" + name + "': unknown charset (for Java .properties use ISO-8859-1)", e);
    }
    if (!cs.canEncode()
        || !Arrays.equals(
            ASCII_PROBE.getBytes(cs), ASCII_PROBE.getBytes(StandardCharsets.US_ASCII))) {
      throw new IllegalArgumentException(
          option
              + " '"
              + name
              + "': not supported, it does not write ASCII as ASCII (UTF-16 and UTF-32 files are"
              + " read when they start with a byte-order mark)");
    }
    return cs;
  }

  /** The charset for the file at root-relative {@code path} when it has no byte-order mark. */
  public Charset forPath(String path) {
    for (int i = byGlob.size() - 1; i >= 0; i--) {
      if (Globs.matches(byGlob.get(i).node(), path)) {
        return byGlob.get(i).charset();
      }
    }
    return fallback;
  }

  /**
   * Decodes the bytes of the file at {@code path} strictly in its charset.
   *
   * @throws CharacterCodingException when the bytes are not valid in that charset
   */
  public Decoder.Decoded decode(String path, byte[] bytes) throws CharacterCodingException {
    return Decoder.decode(bytes, forPath(path));
  }

  /** Whether every file is read as UTF-8 (nothing was chosen). */
  public boolean isDefault() {
    return byGlob.isEmpty() && fallback.equals(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(fallback.name());
    byGlob.forEach(g -> parts.add(g.glob() + "=" + g.charset().name()));
    return String.join(",", parts);
  }
}
