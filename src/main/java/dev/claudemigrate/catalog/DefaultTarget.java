package dev.claudemigrate.catalog;

/**
 * Which target a run uses when none is named: the newest of this family and generation that is
 * active on the day of the run.
 *
 * @param family the model family, e.g. Sonnet
 * @param generation the major version, e.g. 4 for Sonnet 4, 4.5 and 4.6
 */
public record DefaultTarget(ModelFamily family, int generation) {

  /** Whether {@code m} is a candidate: this family and generation, served by Converse. */
  public boolean admits(Model m) {
    int[] v = m.versionParts();
    return m.family() == family && m.converse() && v.length > 0 && v[0] == generation;
  }

  /** One line for messages, e.g. {@code Claude Sonnet 4.x}. */
  public String describe() {
    return "Claude " + family.display() + " " + generation + ".x";
  }
}
