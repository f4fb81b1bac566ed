package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stable SARIF fingerprints of one file's results: a hash of rule, path, matched text and the
 * trimmed source line, so that an alert survives lines added above it; a counter tells apart
 * identical lines in one file. Not GitHub's reserved {@code primaryLocationLineHash}, which its
 * upload action computes itself and rejects when it differs.
 */
final class Fingerprints {
  static final String KEY = "claudeMigrate/v1";

  private final Map<String, Integer> seen = new HashMap<>();

  /**
   * The fingerprint of {@code f} whose start line reads {@code lineText}: {@code hash:occurrence}.
   */
  String next(Finding f, String lineText) {
    String hash =
        hash(
            f.ruleId()
                + "\u0000"
                + f.path()
                + "\u0000"
                + f.matched()
                + "\u0000"
                + lineText.strip());
    int n = seen.merge(hash, 1, Integer::sum);
    return hash + ":" + n;
  }

  static String hash(String s) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
