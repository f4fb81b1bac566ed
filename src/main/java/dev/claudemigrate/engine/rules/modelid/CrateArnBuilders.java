package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.engine.rule.NearbyFiles;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Rust file that calls a function of its own crate which builds a foundation-model ARN from a
 * model ID ({@code generate_arn(region, MODEL_ID)} in {@code main.rs}, whose body in {@code lib.rs}
 * is {@code format!("arn:aws:bedrock:{}::foundation-model/{}", r, model)}). A base ID in the
 * calling file may be what fills that ARN, as with an ARN built in the file itself ({@link
 * BuiltArns}). The crate is the folder of the nearest {@code Cargo.toml} above the file; its {@code
 * src} folder is read, a bounded number of files of bounded size.
 */
final class CrateArnBuilders {
  /** The call of a crate function that builds the ARN: where it stands, and what it calls. */
  record Call(int start, int end, String function, String definedAt) {}

  private static final Pattern FN = Pattern.compile("\\bfn\\s+([A-Za-z_]\\w*)");

  /** Text that ends with Rust's {@code fn} keyword and the space after it. */
  private static final Pattern FN_BEFORE = Pattern.compile("(?s).*\\bfn\\s+$");

  private static final int MAX_FILES = 200;
  private static final long MAX_SIZE = 1 << 20;
  private static final int MAX_DEPTH = 6;

  private CrateArnBuilders() {}

  /** The first call in {@code file} of a crate function that builds a foundation-model ARN. */
  static Optional<Call> in(SourceFile file) {
    if (file.language() != Language.RUST) {
      return Optional.empty();
    }
    Optional<Path> src = crateSources(file.absolutePath());
    if (src.isEmpty()) {
      return Optional.empty();
    }
    for (Builder b : builders(src.get(), file.absolutePath())) {
      Matcher call = Pattern.compile("\\b" + b.name() + "\\s*\\(").matcher(file.text());
      while (call.find()) {
        if (!isDefinition(file.text(), call.start()) && !inLineComment(file.text(), call.start())) {
          String where = src.get().getParent().relativize(b.file()) + " line " + b.line();
          return Optional.of(new Call(call.start(), call.end() - 1, b.name(), where));
        }
      }
    }
    return Optional.empty();
  }

  private record Builder(String name, Path file, int line) {}

  /** The {@code src} folder of the crate that holds {@code file}, if it has a Cargo.toml. */
  private static Optional<Path> crateSources(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    for (int i = 0; dir != null && i < MAX_DEPTH; i++, dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("Cargo.toml"))) {
        Path src = dir.resolve("src");
        return Files.isDirectory(src) ? Optional.of(src) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The crate's functions (in files other than {@code self}) whose body builds the ARN. */
  private static List<Builder> builders(Path src, Path self) {
    List<Builder> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(src, MAX_DEPTH)) {
      files = s.filter(p -> p.toString().endsWith(".rs")).limit(MAX_FILES).sorted().toList();
    } catch (IOException e) {
      return out; // an unreadable crate says nothing; the ID is judged alone
    }
    for (Path p : files) {
      if (!p.toAbsolutePath().normalize().equals(self.toAbsolutePath().normalize())) {
        NearbyFiles.read(p, MAX_SIZE).ifPresent(text -> addBuilders(p, text, out));
      }
    }
    return out;
  }

  private static void addBuilders(Path file, String text, List<Builder> out) {
    for (int at : BuiltArns.builtOffsets(text)) {
      if (inLineComment(text, at)) {
        continue;
      }
      Matcher fn = FN.matcher(text.substring(0, at));
      String name = null;
      while (fn.find()) {
        name = fn.group(1);
      }
      if (name != null && !BuiltArns.isOtherUse(name)) {
        out.add(new Builder(name, file, new LineIndex(text).line(at)));
        return;
      }
    }
  }

  private static boolean isDefinition(String text, int at) {
    return FN_BEFORE.matcher(text.substring(Math.max(0, at - 8), at)).matches();
  }

  private static boolean inLineComment(String text, int at) {
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return text.substring(lineStart, at).contains("//");
  }
}
