package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.AwsSetupException;
import dev.claudemigrate.bedrock.InputFileException;
import dev.claudemigrate.catalog.CatalogException;
import dev.claudemigrate.engine.config.ConfigException;
import dev.claudemigrate.engine.source.NativeLibraryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * The one place where an exception that leaves a command becomes an exit code and one line on
 * stderr. Bad input (options, config, catalog) is usage; a file or the environment that fails (I/O,
 * a full disk, AWS setup, native libraries) is incomplete; anything else is a bug, which says so
 * and prints its stack trace only with {@code --debug}.
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
  private final boolean debug;

  ExitCodes(boolean debug) {
    this.debug = debug;
  }

  /** The exit code for {@code e}. */
  static ExitCode of(Throwable e) {
    if (e instanceof CommandLine.ParameterException
        || e instanceof IllegalArgumentException
        || e instanceof InputFileException
        || e instanceof NoSuchFileException
        || e instanceof ConfigException
        || e instanceof CatalogException) {
      return ExitCode.USAGE;
    }
    if (e instanceof IOException
        || e instanceof UncheckedIOException
        || e instanceof AwsSetupException
        || e instanceof NativeLibraryException) {
      return ExitCode.INCOMPLETE;
    }
    return ExitCode.BUG;
  }

  /** The one line for {@code e}, without the command's prefix. */
  static String line(Throwable e) {
    Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String msg = shown.getMessage() == null ? "" : shown.getMessage().strip();
    int nl = msg.indexOf('\n');
    msg = nl < 0 ? msg : msg.substring(0, nl).strip();
    if (of(e) != ExitCode.BUG) {
      return msg.isEmpty() ? shown.getClass().getSimpleName() : msg;
    }
    return "internal error (a bug; please report it, with the output of --debug): "
        + shown.getClass().getSimpleName()
        + (msg.isEmpty() ? "" : ": " + msg);
  }

  /** The prefix of every message: {@code migrate COMMAND}. */
  static String prefix(CommandLine c) {
    String name = c.getCommandSpec().qualifiedName();
    return name.startsWith("migrate") ? name : "migrate " + name;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    err.println(prefix(commandLine) + ": " + line(ex));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return of(ex).code();
  }
}
