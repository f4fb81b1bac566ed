package dev.claudemigrate.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The builders a {@link Declared} class uses, with what picocli would have read from the
 * annotations they replace.
 */
final class Declarations {
  /** The mixin name picocli gives its standard help options. */
  private static final String STANDARD_HELP = "mixinStandardHelpOptions";

  private Declarations() {}

  /**
   * An option of {@code type} bound to the field that {@code get} reads and {@code set} writes.
   * Before a parse picocli resets the field to the value it had here, as it does an annotated
   * field.
   */
  static <V> OptionSpec.Builder option(
      Supplier<V> get, Consumer<V> set, Class<?> type, String... names) {
    Binding field = Binding.of(get, set);
    return OptionSpec.builder(names)
        .type(type)
        .getter(field)
        .setter(field)
        .initialValue(field.get())
        .hasInitialValue(true);
  }

  /** A repeatable option of strings, each occurrence split at commas. */
  static OptionSpec.Builder strings(
      Supplier<List<String>> get, Consumer<List<String>> set, String name) {
    return option(get, set, List.class, name).auxiliaryTypes(String.class).splitRegex(",");
  }

  /** Positional parameters of strings, bound as {@link #option} binds an option. */
  static PositionalParamSpec.Builder positional(
      Supplier<List<String>> get, Consumer<List<String>> set) {
    Binding field = Binding.of(get, set);
    return PositionalParamSpec.builder()
        .type(List.class)
        .auxiliaryTypes(String.class)
        .getter(field)
        .setter(field)
        .initialValue(field.get())
        .hasInitialValue(true);
  }

  /**
   * Names {@code spec} and gives it picocli's {@code -h} and {@code -V} (as {@code
   * mixinStandardHelpOptions} adds them), the tool's version, and the given description and exit
   * codes ({@code "CODE:meaning"}, as in the annotation).
   */
  static void command(CommandSpec spec, String name, String description, String... exitCodes) {
    spec.name(name).versionProvider(new VersionProvider());
    UsageMessageSpec usage = spec.usageMessage().description(description);
    if (exitCodes.length > 0) {
      usage
          .exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(UsageMessageSpec.keyValuesMap(exitCodes));
    }
    CommandSpec help = CommandSpec.create();
    help.addOption(
        flag("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    help.addOption(
        flag("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    spec.addMixin(STANDARD_HELP, help);
  }

  private static OptionSpec.Builder flag(String... names) {
    return OptionSpec.builder(names).type(boolean.class).initialValue(false);
  }
}
