package dev.claudemigrate.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Options declared in code with picocli's builders instead of its annotations (ADR 0122): what a
 * {@code scan} reads on its way to the walk. picocli reads annotations by reflection, and on Java
 * 17 every annotation type it meets costs a proxy class generated at run time, which no class-data
 * archive can hold; built this way the command line of a scan costs a fraction of that. The help
 * text is the same byte for byte ({@code HelpGoldenTest}).
 */
interface Declared {
  /** Adds this object's options and parameters to {@code spec}, bound to its fields. */
  void declare(CommandSpec spec);

  /**
   * A whole command declared in code: it carries no picocli annotations, and {@link #declare} gives
   * its name, usage text and every option.
   */
  interface Command extends Declared {}
}
