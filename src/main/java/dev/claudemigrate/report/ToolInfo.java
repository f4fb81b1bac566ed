package dev.claudemigrate.report;

import java.util.Optional;

/**
 * The tool that produced a report, as machine-readable formats name it.
 *
 * @param name the tool name, {@code claude-migrate}
 * @param version the tool version
 * @param informationUri the project's home page, or null while it has none
 */
public record ToolInfo(String name, String version, String informationUri) {

  /** The tool name every report uses. */
  public static final String NAME = "claude-migrate";

  /** Tool info for {@code version}, with the home page if one is known. */
  public static ToolInfo of(String version, String informationUri) {
    return new ToolInfo(NAME, version, informationUri);
  }

  public Optional<String> homePage() {
    return Optional.ofNullable(informationUri).filter(u -> !u.isBlank());
  }
}
