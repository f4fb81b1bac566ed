package dev.claudemigrate.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One Markdown budget over several sections, one per root: the scan's {@code --format markdown} and
 * the {@code apply --report} checklist over {@code A B C} are one comment or pull-request body, so
 * together they keep to {@link #CHARS}. A section that fits in less than an equal share leaves the
 * rest to the sections that need more, so a small root shows all it found and a large one as much
 * as the others leave.
 */
public final class SharedBudget {
  /** The most characters a Markdown report may have, whatever it holds. */
  public static final int CHARS = Budget.CHARS;

  private SharedBudget() {}

  /**
   * Renders each section within its share of {@code room} characters. A section is rendered for a
   * budget ({@link #CHARS} means as a report alone); it keeps to the budget it is given, except
   * that its summary, counts and lists are never cut, so what it takes with a budget of 0 is its
   * least.
   */
  public static List<String> render(int room, List<IntFunction<String>> sections) {
    List<String> whole = sections.stream().map(s -> s.apply(CHARS)).toList();
    int[] most = whole.stream().mapToInt(String::length).toArray();
    if (Arrays.stream(most).sum() <= room) {
      return whole;
    }
    int[] least = new int[most.length];
    for (int i = 0; i < least.length; i++) {
      least[i] = Math.min(most[i], sections.get(i).apply(0).length());
    }
    int[] share = shares(room, least, most);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < share.length; i++) {
      out.add(share[i] >= most[i] ? whole.get(i) : sections.get(i).apply(share[i]));
    }
    return out;
  }

  /**
   * Each section's share: its least, then what is left of {@code room} split evenly among the
   * sections that still want more, none getting more than its most (what one does not need goes to
   * the others). When even the leasts do not fit, each gets its least.
   */
  static int[] shares(int room, int[] least, int[] most) {
    int n = least.length;
    int[] share = least.clone();
    int left = room - Arrays.stream(least).sum();
    Integer[] byWant = new Integer[n];
    for (int i = 0; i < n; i++) {
      byWant[i] = i;
    }
    Arrays.sort(byWant, (a, b) -> Integer.compare(most[a] - least[a], most[b] - least[b]));
    for (int k = 0; k < n && left > 0; k++) {
      int i = byWant[k];
      int give = Math.min(most[i] - least[i], left / (n - k));
      share[i] += give;
      left -= give;
    }
    return share;
  }
}
