import dev.claudemigrate.engine.files.ByteMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The prefilter's search alone: reads every file of a tree into memory once, then runs {@link
 * ByteMatcher#findOrNull} over all of them, pass after pass, and prints each pass's time per byte.
 * Run it as the launcher runs the scan (C1 only) to see what the walk pays per byte searched.
 *
 * <p>usage: java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx2g -cp
 * target/claude-migrate.jar:bench/out MatcherBench bench/out/triggers.txt TREE [PASSES]
 */
public final class MatcherBench {
  public static void main(String[] args) throws IOException {
    ByteMatcher matcher = ByteMatcher.of(Files.readAllLines(Path.of(args[0])));
    List<byte[]> files = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] b = Files.readAllBytes(p);
        files.add(b);
        bytes += b.length;
      }
    }
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    for (int pass = 0; pass < passes; pass++) {
      long start = System.nanoTime();
      int hits = 0;
      for (byte[] b : files) {
        BitSet found = matcher.findOrNull(b, b.length);
        hits += found == null ? 0 : found.cardinality();
      }
      long ns = System.nanoTime() - start;
      System.out.printf(
          "pass %d: %d files, %d MB, %.0f ms, %.2f ns/byte, %d patterns found%n",
          pass, files.size(), bytes >> 20, ns / 1e6, (double) ns / bytes, hits);
    }
  }
}
