package dev.claudemigrate.engine.rewrite;

import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Plans several deletions in one file (say two betas of one list) so that their edits never
 * overlap, give together the same text as removing one after another, and each finding's edits are
 * correct when applied on their own.
 */
public final class Removals {
  /**
   * The edits for one place.
   *
   * @param edits what to apply for this place (for a joint removal, also the other places' parts)
   * @param joinedTo for a place removed by another place's joint edit: that place's offset; else
   *     null
   */
  public record Planned(List<Edit> edits, Integer joinedTo) {}

  private Removals() {}

  /**
   * Each remover gets a text and its place and returns edits (empty when it cannot remove). The
   * truth is removing one place after another, from the last to the first (earlier offsets stay
   * valid). Places whose own edits overlap (neighbours in one list) form a group removed by one
   * edit, carried by the group's first place; the others are joined to it. If the edits do not
   * reproduce the truth, no place gets edits.
   */
  public static Map<Integer, Planned> plan(
      String text, Map<Integer, BiFunction<String, Integer, List<Edit>>> places) {
    if (places.size() == 1) {
      // One place (most files): its own edits are the truth when they are at most one edit, and
      // none of the whole-text copies below is needed to show it.
      Map.Entry<Integer, BiFunction<String, Integer, List<Edit>>> only =
          places.entrySet().iterator().next();
      List<Edit> own = only.getValue().apply(text, only.getKey());
      if (own.size() <= 1) {
        Map<Integer, Planned> one = new LinkedHashMap<>();
        one.put(only.getKey(), new Planned(own.isEmpty() ? List.of() : own, null));
        return one;
      }
    }
    Map<Integer, Planned> out = new LinkedHashMap<>();
    List<Edit> all = new ArrayList<>();
    for (List<Integer> group : groups(text, places)) {
      Map<Integer, List<Edit>> seq = new LinkedHashMap<>();
      String result = sequential(text, group, places, seq);
      List<Integer> removed = group.stream().filter(p -> !seq.get(p).isEmpty()).sorted().toList();
      group.stream()
          .filter(p -> seq.get(p).isEmpty())
          .forEach(p -> out.put(p, new Planned(List.of(), null)));
      if (removed.isEmpty()) {
        continue;
      }
      List<Edit> edits = group.size() == 1 ? seq.get(group.get(0)) : List.of(diff(text, result));
      all.addAll(edits);
      out.put(removed.get(0), new Planned(edits, null));
      removed.stream().skip(1).forEach(p -> out.put(p, new Planned(List.of(), removed.get(0))));
    }
    String truth =
        sequential(text, new ArrayList<>(places.keySet()), places, new LinkedHashMap<>());
    if (!consistent(text, all, truth)) {
      out.replaceAll((p, planned) -> new Planned(List.of(), null));
    }
    Map<Integer, Planned> ordered = new LinkedHashMap<>();
    places.keySet().forEach(p -> ordered.put(p, out.get(p)));
    return ordered;
  }

  /** Places whose edits, computed on the original text, overlap belong to one group. */
  private static List<List<Integer>> groups(
      String text, Map<Integer, BiFunction<String, Integer, List<Edit>>> places) {
    List<Integer> order = new ArrayList<>(places.keySet());
    order.sort(Comparator.naturalOrder());
    List<List<Integer>> groups = new ArrayList<>();
    int groupEnd = -1;
    for (int place : order) {
      List<Edit> own = places.get(place).apply(text, place);
      int start = own.stream().mapToInt(Edit::start).min().orElse(place);
      int end = own.stream().mapToInt(Edit::end).max().orElse(place);
      if (groups.isEmpty() || start >= groupEnd) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(place);
      groupEnd = Math.max(groupEnd, end);
    }
    return groups;
  }

  private static String sequential(
      String text,
      List<Integer> group,
      Map<Integer, BiFunction<String, Integer, List<Edit>>> places,
      Map<Integer, List<Edit>> edits) {
    List<Integer> order = new ArrayList<>(group);
    order.sort(Comparator.reverseOrder());
    String current = text;
    for (int place : order) {
      List<Edit> e = places.get(place).apply(current, place);
      edits.put(place, e);
      current = apply(current, e);
    }
    return current;
  }

  /**
   * One edit turning {@code from} into {@code to}: what lies between their common prefix and
   * suffix.
   */
  private static Edit diff(String from, String to) {
    int prefix = 0;
    int max = Math.min(from.length(), to.length());
    while (prefix < max && from.charAt(prefix) == to.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && from.charAt(from.length() - 1 - suffix) == to.charAt(to.length() - 1 - suffix)) {
      suffix++;
    }
    return new Edit(prefix, from.length() - suffix, to.substring(prefix, to.length() - suffix));
  }

  /**
   * Why a place has no edits of its own, for its finding: joined to another place's edit, or {@code
   * cannot} when no edit was possible; null when it has edits.
   */
  public static String whyNone(SourceFile file, Planned planned, String cannot) {
    if (!planned.edits().isEmpty()) {
      return null;
    }
    return planned.joinedTo() != null
        ? "removed by the edit of the finding at line "
            + file.span(planned.joinedTo(), planned.joinedTo()).line()
            + " (these removals only work together)"
        : cannot;
  }

  private static boolean consistent(String text, List<Edit> all, String expected) {
    List<Edit> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).end() > sorted.get(i).start()
          || sorted.get(i - 1).overlaps(sorted.get(i))) {
        return false;
      }
    }
    return apply(text, sorted).equals(expected);
  }

  /** {@code text} with non-overlapping {@code edits} applied. */
  public static String apply(String text, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::start).reversed());
    StringBuilder sb = new StringBuilder(text);
    for (Edit e : sorted) {
      sb.replace(e.start(), e.end(), e.replacement());
    }
    return sb.toString();
  }
}
