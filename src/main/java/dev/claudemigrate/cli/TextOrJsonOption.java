package dev.claudemigrate.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format text|json} option of the commands that list or check (models, rules, doctor).
 */
final class TextOrJsonOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Choices.TextOrJsonValue.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  TextOrJson format = TextOrJson.TEXT;
}
