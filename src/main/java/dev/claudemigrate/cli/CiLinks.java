package dev.claudemigrate.cli;

import dev.claudemigrate.report.SourceLinks;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The Markdown report's links from the CI run's standard variables: on GitHub Actions {@code
 * GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY} and {@code GITHUB_SHA} give {@code
 * ${server}/${repo}/blob/${sha}/path#L3}; on GitLab CI {@code CI_PROJECT_URL} (or {@code
 * CI_SERVER_URL} and {@code CI_PROJECT_PATH}) and {@code CI_COMMIT_SHA} give {@code
 * ${project}/-/blob/${sha}/path#L3}. The checkout ({@code GITHUB_WORKSPACE}, {@code
 * CI_PROJECT_DIR}, else the working directory) tells where the scan root stands in the repository.
 * Without them, or for a root outside the checkout, links stay relative.
 */
final class CiLinks {
  private CiLinks() {}

  static SourceLinks of(Environment env, Path scanRoot) {
    Map<String, String> e = env.env();
    Optional<String> base = github(e).or(() -> gitlab(e));
    if (base.isEmpty()) {
      return SourceLinks.relative();
    }
    String checkout = first(e, "GITHUB_WORKSPACE", "CI_PROJECT_DIR");
    Path repo = checkout.isEmpty() ? env.workingDir() : env.resolve(checkout);
    Path root = scanRoot.toAbsolutePath().normalize();
    if (!root.startsWith(repo)) {
      return SourceLinks.relative();
    }
    return new SourceLinks(base.get(), repo.relativize(root).toString());
  }

  private static Optional<String> github(Map<String, String> e) {
    String repo = value(e, "GITHUB_REPOSITORY");
    String sha = value(e, "GITHUB_SHA");
    if (repo.isEmpty() || sha.isEmpty()) {
      return Optional.empty();
    }
    String server = value(e, "GITHUB_SERVER_URL");
    return Optional.of(
        trim(server.isEmpty() ? "https://github.com" : server) + "/" + repo + "/blob/" + sha);
  }

  private static Optional<String> gitlab(Map<String, String> e) {
    String sha = value(e, "CI_COMMIT_SHA");
    String project = value(e, "CI_PROJECT_URL");
    if (project.isEmpty() && !value(e, "CI_SERVER_URL").isEmpty()) {
      String path = value(e, "CI_PROJECT_PATH");
      project = path.isEmpty() ? "" : trim(value(e, "CI_SERVER_URL")) + "/" + path;
    }
    if (sha.isEmpty() || project.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(trim(project) + "/-/blob/" + sha);
  }

  private static String first(Map<String, String> e, String... names) {
    for (String n : names) {
      if (!value(e, n).isEmpty()) {
        return value(e, n);
      }
    }
    return "";
  }

  private static String value(Map<String, String> e, String name) {
    String v = e.get(name);
    return v == null ? "" : v.strip();
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
