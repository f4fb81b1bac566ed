package dev.claudemigrate.cli;

import dev.claudemigrate.engine.ScanRequest;
import dev.claudemigrate.engine.model.MigrationResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;
import picocli.CommandLine;

/** Runs {@code migrate} in-process with a given scan behind {@code apply}, capturing output. */
record ApplyRun(int code, String out, String err) {

  static ApplyRun apply(
      Path workingDir, Function<ScanRequest, MigrationResult> scan, String... args) {
    return applyOn("2026-01-01", workingDir, scan, args);
  }

  /** {@link #apply} on another day (lifecycle states follow the clock). */
  static ApplyRun applyOn(
      String date, Path workingDir, Function<ScanRequest, MigrationResult> scan, String... args) {
    Environment env =
        Environment.forTest(
            workingDir, Clock.fixed(Instant.parse(date + "T00:00:00Z"), ZoneOffset.UTC));
    CommandFactory real = new CommandFactory(env);
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          @SuppressWarnings("unchecked")
          public <K> K create(Class<K> cls) throws Exception {
            return cls == ApplyCommand.class ? (K) new ApplyCommand(env, scan) : real.create(cls);
          }
        };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 1];
    full[0] = "apply";
    System.arraycopy(args, 0, full, 1, args.length);
    int code = new Migrate(env, factory).run(new PrintWriter(out), new PrintWriter(err), full);
    return new ApplyRun(code, out.toString(), err.toString());
  }

  /** Standard error without the first line (the target and why). */
  String errAfterTarget() {
    return err.lines()
        .filter(l -> !l.startsWith("migrate: target "))
        .map(l -> l + "\n")
        .reduce("", String::concat);
  }
}
