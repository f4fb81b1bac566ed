package dev.claudemigrate.cli;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.report.RootReports;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code migrate scan ROOT1 ROOT2 ...}: each root validated, scanned and judged by its own config;
 * one report over all of them; the exit code is the worst over the roots. A root that cannot be
 * scanned (no such folder, a bad config file) is one line on stderr, and the others still run.
 */
final class ScanRoots {
  private final ScanCommand command;

  ScanRoots(ScanCommand command) {
    this.command = command;
  }

  ExitCode run(List<String> labels) {
    // The catalog and the options are the same for every root: bad ones stop the run (exit 2).
    Catalog catalog = command.catalog();
    OnceLines once = new OnceLines(command.err());
    List<ScanCommand.Setup> ready = new ArrayList<>();
    List<FileError> notScanned = new ArrayList<>();
    ExitCode code = ExitCode.OK;
    for (String label : labels) {
      try {
        ready.add(command.setup(catalog, label));
      } catch (RuntimeException e) {
        code = code.worst(RootFailure.of(e, label, notScanned, once, "migrate scan: "));
      }
    }
    if (ready.isEmpty()) {
      return code;
    }
    List<RootReports.Root> roots = new ArrayList<>();
    for (ScanCommand.Setup setup : ready) {
      if (!command.quiet()) {
        once.print(w -> setup.target().print(w, catalog));
      }
      MigrationResult result = command.scan(setup);
      roots.add(new RootReports.Root(setup.label(), result, setup.ran()));
      if (setup.failOn().failsOn(result.findings())) {
        code = code.worst(ExitCode.FINDINGS);
      }
    }
    String text =
        new RootReports(
                VersionProvider.toolInfo(), command.colour(), command.width(), command::links)
            .render(command.format, roots, notScanned);
    ExitCode written = command.emit(text);
    if (written != ExitCode.OK) {
      return code.worst(written);
    }
    for (RootReports.Root r : roots) {
      code = code.worst(command.sayErrors(r.result()));
    }
    command.confirm("the " + command.format + " report over " + roots.size() + " roots");
    return code;
  }
}
