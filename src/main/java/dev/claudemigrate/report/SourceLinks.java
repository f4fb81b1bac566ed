package dev.claudemigrate.report;

import java.util.Objects;

/**
 * Where the Markdown report's links to a finding's line point. In a pull-request comment a relative
 * {@code path#L3} resolves nowhere, so when the CI run says which repository and commit it built,
 * links go to that commit's copy of the file; elsewhere they stay relative to the scan root. The
 * command line reads the CI variables and hands the result in; renderers never read the
 * environment.
 *
 * @param blobBase the URL a repository path is appended to, e.g. {@code
 *     https://github.com/o/r/blob/<sha>}; empty for relative links
 * @param prefix the scan root's path inside the repository ({@code services/api}), empty when the
 *     scan root is the repository's
 */
public record SourceLinks(String blobBase, String prefix) {
  public SourceLinks {
    Objects.requireNonNull(blobBase);
    Objects.requireNonNull(prefix);
    blobBase = blobBase.endsWith("/") ? blobBase.substring(0, blobBase.length() - 1) : blobBase;
    prefix = prefix.replace('\\', '/').replaceAll("^/+|/+$", "");
  }

  /** Links relative to the scan root, as a file viewer beside the report would resolve them. */
  public static SourceLinks relative() {
    return new SourceLinks("", "");
  }

  /** Whether links are absolute URLs. */
  public boolean absolute() {
    return !blobBase.isEmpty();
  }

  /** The link to {@code line} of {@code path} (relative to the scan root). */
  String to(String path, int line) {
    String inRepo = absolute() && !prefix.isEmpty() ? prefix + "/" + path : path;
    String uri = SarifReport.relativeUri(inRepo);
    return (absolute() ? blobBase + "/" + uri : uri) + "#L" + line;
  }
}
