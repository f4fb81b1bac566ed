package dev.claudemigrate.engine.files;

import java.util.Set;

/**
 * Folders of dependencies, virtual environments, caches and build output, skipped at any depth
 * unless the walk is asked to keep them ({@link WalkOptions#defaultExcludes()}): what they hold is
 * not the project's own code, and a migration must not rewrite a vendored copy.
 */
final class ExcludedDirs {
  static final Set<String> DEFAULT =
      Set.of(
          "node_modules",
          "bower_components",
          "jspm_packages",
          ".venv",
          "venv",
          "__pycache__",
          ".tox",
          ".nox",
          ".mypy_cache",
          ".pytest_cache",
          ".ruff_cache",
          ".eggs",
          "site-packages",
          "target",
          "build",
          "dist",
          "out",
          ".gradle",
          ".terraform",
          ".terragrunt-cache",
          "vendor",
          ".next",
          ".nuxt",
          ".svelte-kit",
          ".turbo",
          ".parcel-cache",
          ".cache",
          "coverage",
          ".nyc_output",
          "htmlcov",
          ".serverless",
          ".aws-sam",
          "cdk.out",
          ".hg",
          ".svn");

  private ExcludedDirs() {}
}
