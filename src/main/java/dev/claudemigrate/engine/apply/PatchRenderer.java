package dev.claudemigrate.engine.apply;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.source.Decoder;
import dev.claudemigrate.engine.source.TextFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Renders planned changes as one unified diff that {@code git apply} (and {@code patch -p1})
 * accepts: {@code diff --git} headers, three lines of context, line endings kept byte for byte (a
 * CRLF file's lines end in CRLF in the patch), {@code \ No newline at end of file} where a file
 * ends without one, and a UTF-8 BOM kept on the first line. Paths are relative to {@code base} (the
 * git work tree holding the files, else the scanned folder). The patch is UTF-8 text, so files in
 * UTF-16 cannot be in it; they are listed as skipped.
 */
public final class PatchRenderer {
  private static final int CONTEXT = 3;
  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  /** The patch text, and the changes left out of it with why. */
  public record Rendered(String patch, List<FileError> skipped) {
    public Rendered {
      skipped = List.copyOf(skipped);
    }
  }

  private final Path base;

  /**
   * @param base the folder patch paths are relative to; {@code git apply} must run there
   */
  public PatchRenderer(Path base) {
    Path abs = base.toAbsolutePath().normalize();
    Path real;
    try {
      real = abs.toRealPath();
    } catch (IOException e) {
      real = abs;
    }
    this.base = real;
  }

  public Rendered render(List<FileChange> changes) {
    StringBuilder out = new StringBuilder();
    List<FileError> skipped = new ArrayList<>();
    for (FileChange c : changes) {
      if (!sameAsUtf8(c)) {
        skipped.add(
            new FileError(
                c.path(),
                "left out of the patch: a text patch cannot hold "
                    + c.source().format().charset()
                    + "; run apply without --dry-run to rewrite it"));
        continue;
      }
      renderFile(c, out);
    }
    return new Rendered(out.toString(), skipped);
  }

  /**
   * Whether the file's bytes, before and after, are its text in UTF-8, so a UTF-8 patch holds them
   * exactly: always for UTF-8, and for a file read with {@code --encoding ISO-8859-1} that happens
   * to be ASCII; never for UTF-16 or a Latin-1 file with an {@code é}.
   */
  private static boolean sameAsUtf8(FileChange c) {
    TextFormat f = c.source().format();
    if (StandardCharsets.UTF_8.equals(f.charset())) {
      return true;
    }
    return !f.bom()
        && Arrays.equals(
            Decoder.encode(c.source().text(), f),
            c.source().text().getBytes(StandardCharsets.UTF_8))
        && Arrays.equals(
            Decoder.encode(c.newText(), f), c.newText().getBytes(StandardCharsets.UTF_8));
  }

  private void renderFile(FileChange c, StringBuilder out) {
    String name = relativePath(c);
    String bom = c.source().format().bom() ? "\uFEFF" : "";
    List<String> before = lines(bom + c.source().text());
    List<String> after = lines(bom + c.newText());
    Patch<String> patch = DiffUtils.diff(before, after);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before, patch, CONTEXT);
    out.append("diff --git ")
        .append(quote("a/" + name))
        .append(' ')
        .append(quote("b/" + name))
        .append('\n');
    out.append("--- ").append(fileName("a/" + name)).append('\n');
    out.append("+++ ").append(fileName("b/" + name)).append('\n');
    // The first two lines are the library's own ---/+++ headers, replaced above by quoted ones.
    for (String line : diff.subList(2, diff.size())) {
      appendLine(line, out);
    }
  }

  /** Hunk headers get a newline; body lines carry their own, or get the no-newline marker. */
  private static void appendLine(String line, StringBuilder out) {
    if (line.startsWith("@@")) {
      out.append(line).append('\n');
    } else if (line.endsWith("\n")) {
      out.append(line);
    } else {
      out.append(line).append('\n').append(NO_NEWLINE);
    }
  }

  /**
   * The path of a changed file relative to the base, with forward slashes. Folders are compared by
   * their real paths (a temp folder behind a symbolic link, say); a file outside the base keeps its
   * path relative to the scan root.
   */
  String relativePath(FileChange c) {
    Path abs = realFolder(c.source().absolutePath());
    return abs.startsWith(base) ? GitWorkTree.slashed(base, abs) : c.path();
  }

  /** {@code file} with its folder's symbolic links resolved (the file itself may be a link). */
  private static Path realFolder(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    try {
      return abs.getParent().toRealPath().resolve(abs.getFileName());
    } catch (IOException e) {
      return abs;
    }
  }

  /**
   * Splits after each {@code \n}, keeping it (and a {@code \r} before it) in the line, as git does.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.add(text.substring(start, i + 1));
      start = i + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /**
   * A ---/+++ name: quoted like git when needed; a tab ends names with spaces (as git and GNU patch
   * expect).
   */
  private static String fileName(String name) {
    String q = quote(name);
    return q.equals(name) && name.indexOf(' ') >= 0 ? name + "\t" : q;
  }

  /** Git's C-style quoting of a path with control characters, quotes, backslashes or non-ASCII. */
  static String quote(String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    boolean needs = false;
    StringBuilder q = new StringBuilder("\"");
    for (byte b : utf8) {
      int c = b & 0xff;
      if (c == '"' || c == '\\') {
        q.append('\\').append((char) c);
        needs = true;
      } else if (c == '\t' || c == '\n') {
        q.append(c == '\t' ? "\\t" : "\\n");
        needs = true;
      } else if (c < 0x20 || c >= 0x7f) {
        q.append('\\').append(String.format("%03o", c));
        needs = true;
      } else {
        q.append((char) c);
      }
    }
    return needs ? q.append('"').toString() : name;
  }
}
