package dev.claudemigrate.engine.rules;

import dev.claudemigrate.engine.Edit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Plans several deletions in one file (say two betas of one list) so that their edits never
 * overlap and, applied together, give the same text as applying them one after another.
 */
final class Removals {
  private Removals() {}

  /**
   * Runs each remover, from the last place in the file to the first, on the text as the later
   * removals left it. A remover gets the current text and its place and returns edits (empty when
   * it cannot remove). If the edits, applied together to the original, would not give the same
   * result, every place gets no edits (the caller reports them instead).
   *
   * @param places offsets of the places, each with its remover
   * @return the edits per place, in the order given
   */
  static Map<Integer, List<Edit>> plan(String text, Map<Integer, BiFunction<String, Integer, List<Edit>>> places) {
    List<Integer> order = new ArrayList<>(places.keySet());
    order.sort(Comparator.reverseOrder());
    Map<Integer, List<Edit>> out = new LinkedHashMap<>();
    places.keySet().forEach(p -> out.put(p, List.of()));
    String current = text;
    List<Edit> all = new ArrayList<>();
    for (int place : order) {
      List<Edit> edits = places.get(place).apply(current, place);
      current = apply(current, edits);
      out.put(place, edits);
      all.addAll(edits);
    }
    if (!consistent(text, all, current)) {
      out.replaceAll((p, e) -> List.of());
    }
    return out;
  }

  private static boolean consistent(String text, List<Edit> all, String expected) {
    List<Edit> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i)) || sorted.get(i - 1).end() > sorted.get(i).start()) {
        return false;
      }
    }
    return apply(text, sorted).equals(expected);
  }

  /** {@code text} with non-overlapping {@code edits} applied. */
  static String apply(String text, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).reversed());
    StringBuilder sb = new StringBuilder(text);
    for (Edit e : sorted) {
      sb.replace(e.start(), e.end(), e.replacement());
    }
    return sb.toString();
  }
}
