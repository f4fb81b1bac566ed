package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.ToolFamily;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts the scanner gathers over the whole project before any file is checked: a rule checks one
 * file at a time, in parallel, and some of what a file means is said in another.
 *
 * @param region an AWS region the project states (config, .env, Terraform), if any
 * @param computerOrBash whether a file of the project (not its prose) names a computer or bash tool
 *     type, which the computer-use beta serves wherever it is sent from
 * @param heldKeys model IDs the project resolves through a table of its own (the value of an enum
 *     named for its models, the name side of a name-to-ID map), each with the {@code path:line}
 *     that holds it: the same ID elsewhere is a key of that table (docs/adr/0113)
 * @param severalVersions the tool families of which some file of the project implements two or more
 *     versions on purpose (docs/adr/0115)
 */
public record ProjectFacts(
    Optional<String> region,
    boolean computerOrBash,
    Map<String, String> heldKeys,
    Set<ToolFamily> severalVersions) {

  /** Nothing known beyond the file (a single file checked alone). */
  public static final ProjectFacts NONE =
      new ProjectFacts(Optional.empty(), false, Map.of(), Set.of());

  public ProjectFacts {
    heldKeys = Map.copyOf(heldKeys);
    severalVersions = Set.copyOf(severalVersions);
  }

  /** Only a region known. */
  public static ProjectFacts ofRegion(Optional<String> region) {
    return new ProjectFacts(region, false, Map.of(), Set.of());
  }
}
