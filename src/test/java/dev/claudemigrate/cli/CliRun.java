package dev.claudemigrate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** The outcome of one in-process command line: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

  /** Runs {@code args} through {@link Migrate#run}, the way {@code Main} does. */
  static CliRun migrate(Environment env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Migrate(env).run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs one command object (for example a command built with a test seam) on {@code args}. */
  static CliRun command(Environment env, Callable<Integer> command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command, new CommandFactory(env));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** How often {@code needle} occurs in stderr. */
  int errCount(String needle) {
    return err.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }
}
