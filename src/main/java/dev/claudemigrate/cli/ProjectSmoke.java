package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.smoke.SmokeRenderer;
import dev.claudemigrate.bedrock.smoke.shapes.PlannedCall;
import dev.claudemigrate.bedrock.smoke.shapes.ShapePlanner;
import dev.claudemigrate.bedrock.smoke.shapes.ShapeRenderer;
import dev.claudemigrate.bedrock.smoke.shapes.ShapeReport;
import dev.claudemigrate.bedrock.smoke.shapes.ShapeResult;
import dev.claudemigrate.bedrock.smoke.shapes.ShapeRunner;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.requests.ProjectRequests;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code migrate smoke DIR}: reads the project's requests through the engine, plans one call per
 * distinct request shape, and sends them (or, with --dry-run, prints them with their estimated cost
 * and sends nothing, needing no AWS account).
 */
final class ProjectSmoke {
  private final Environment environment;
  private final AwsOptions aws;
  private final String dir;
  private final ShapeRunner.Limits limits;

  ProjectSmoke(Environment environment, AwsOptions aws, String dir, ShapeRunner.Limits limits) {
    this.environment = environment;
    this.aws = aws;
    this.dir = dir;
    this.limits = limits;
  }

  /** What to do with a finished report: render and write it, and give the exit code. */
  @FunctionalInterface
  interface Output {
    void write(String rendered, String text) throws IOException;
  }

  int run(
      Catalog catalog, boolean dryRun, SmokeRenderer.Format format, Output output, PrintWriter err)
      throws IOException, InterruptedException {
    Path root = environment.resolve(dir);
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(dir + ": not a folder");
    }
    ProjectRequests requests = ProjectRequests.read(root);
    requests.errors().forEach(e -> err.println("migrate smoke: " + e));
    ShapePlanner planner = new ShapePlanner(catalog);
    ExitCode incomplete = requests.errors().isEmpty() ? ExitCode.OK : ExitCode.INCOMPLETE;
    if (dryRun) {
      List<ShapeResult> planned =
          planner.plan(requests, dryRunRegion()).stream()
              .map(c -> ShapeResult.notSent(c, "dry run: not sent"))
              .toList();
      write(
          new ShapeReport(dir, true, planned, requests.notTested(), requests.errors()),
          format,
          output);
      return incomplete.code();
    }
    String projectRegion =
        requests.shapes().stream()
            .map(u -> u.shape().region())
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    return AwsSession.run(
        "smoke",
        aws,
        environment,
        err,
        projectRegion,
        session -> {
          List<PlannedCall> plan = planner.plan(requests, session.context().region());
          List<ShapeResult> results =
              new ShapeRunner(r -> session.caller(catalog, r), planner::price, limits).run(plan);
          ShapeReport report =
              new ShapeReport(dir, false, results, requests.notTested(), requests.errors());
          write(report, format, output);
          return (report.passed() ? ExitCode.OK : ExitCode.FINDINGS).worst(incomplete).code();
        });
  }

  private static void write(ShapeReport report, SmokeRenderer.Format format, Output output)
      throws IOException {
    output.write(
        ShapeRenderer.render(report, format),
        ShapeRenderer.render(report, SmokeRenderer.Format.TEXT));
  }

  /** A dry run needs no AWS settings: --region, else the environment's region, else none. */
  private String dryRunRegion() {
    if (aws.region != null) {
      return aws.region;
    }
    for (String name : List.of("AWS_REGION", "AWS_DEFAULT_REGION")) {
      String v = environment.env().get(name);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
