package dev.claudemigrate.cli;

import dev.claudemigrate.engine.apply.ApplyPlan;
import dev.claudemigrate.engine.apply.FileChange;
import dev.claudemigrate.engine.apply.GitWorkTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** apply's guard for uncommitted work: each root (each plan) is checked on its own. */
final class DirtyCheck {
  private DirtyCheck() {}

  /**
   * Refuses (exit 2) when a file to be written has uncommitted changes in its git work tree (the
   * nearest one: a nested repository or submodule is asked itself). Says so when files to be
   * written are in no work tree, since nothing then guards their uncommitted work.
   *
   * @param root the root as the user named it when several were given (it then prefixes the paths
   *     and the verdict), else empty
   */
  static ExitCode refuse(ApplyPlan plan, PrintWriter err, String root) {
    String in = root.isEmpty() ? "" : root + "/";
    if (!plan.hasChanges()) {
      return ExitCode.OK;
    }
    GitWorkTree.Check git;
    try {
      git = GitWorkTree.check(plan.changes().stream().map(c -> c.source().absolutePath()).toList());
    } catch (IOException e) {
      err.println(
          "migrate apply: cannot read the git status ("
              + e.getMessage()
              + "); nothing written."
              + " Use --allow-dirty to skip the check.");
      return ExitCode.INCOMPLETE;
    }
    if (!git.outsideGit().isEmpty()) {
      err.println(
          "migrate apply: "
              + (git.outsideGit().size() == plan.changes().size()
                  ? plan.root()
                  : git.outsideGit().size() + " of the files to change")
              + ": not in a git work tree: the check for uncommitted work is off;"
              + " keep a copy to undo");
    }
    Map<Path, String> dirty = git.uncommitted();
    for (FileChange c : plan.changes()) {
      String state = dirty.get(c.source().absolutePath());
      if (state != null) {
        err.println(
            in
                + c.path()
                + ": has uncommitted changes in git ("
                + state
                + "); commit or stash it, or pass --allow-dirty");
      }
    }
    if (dirty.isEmpty()) {
      return ExitCode.OK;
    }
    err.println(
        "migrate apply: "
            + (root.isEmpty() ? "" : root + ": ")
            + "nothing written: "
            + dirty.size()
            + " of "
            + plan.changes().size()
            + " files to change have uncommitted changes");
    return ExitCode.USAGE;
  }
}
