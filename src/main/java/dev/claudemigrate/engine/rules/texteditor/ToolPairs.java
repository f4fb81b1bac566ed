package dev.claudemigrate.engine.rules.texteditor;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Pairs a tool definition's {@code type} with its {@code name} in the same definition, so that both
 * change in one finding: an API call with one changed and not the other is rejected.
 */
final class ToolPairs {
  /** How far apart type and name may stand in one definition. */
  private static final int REACH = 300;

  /** A new YAML list item or object starts between them: another definition. */
  private static final Pattern BOUNDARY = Pattern.compile("[{}]|\\n\\s*-\\s");

  private ToolPairs() {}

  /**
   * The offset of the name that belongs to the definition holding {@code type}, or null.
   *
   * @param names offsets of candidate names
   * @param types all type ranges of the file (another type between the two means another
   *     definition)
   */
  static Integer nearestName(String text, int[] type, List<Integer> names, List<int[]> types) {
    Integer best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int name : names) {
      int from = Math.min(name, type[0]);
      int to = Math.max(name, type[1]);
      int distance = to - from;
      if (distance > REACH
          || distance >= bestDistance
          || crossesBoundary(text, from, to, type, types)) {
        continue;
      }
      best = name;
      bestDistance = distance;
    }
    return best;
  }

  private static boolean crossesBoundary(
      String text, int from, int to, int[] type, List<int[]> types) {
    if (BOUNDARY.matcher(text.substring(from, to)).find()) {
      return true;
    }
    for (int[] other : types) {
      if (other != type && other[0] > from && other[0] < to) {
        return true;
      }
    }
    return false;
  }
}
