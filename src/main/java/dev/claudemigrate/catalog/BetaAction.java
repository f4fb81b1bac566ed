package dev.claudemigrate.catalog;

/** What a migration does with a beta value (catalog vocabulary, checked when the catalog loads). */
public enum BetaAction {
  /**
   * Becomes the computer-use beta of the target's computer tool where computer or bash tools
   * remain; removed where it served only the text editor.
   */
  REPLACE,
  /** Removed: no effect on, or rejected by, the target. */
  REMOVE,
  /** Left alone: the target accepts it. */
  KEEP,
  /** A beta the target adds (informational, never a finding). */
  NEW;

  /** Whether a scan acts on values with this action. */
  public boolean acts() {
    return this == REPLACE || this == REMOVE;
  }
}
