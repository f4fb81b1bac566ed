package dev.claudemigrate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean" for a mistyped subcommand or option. Picocli's own suggestions come first; they
 * compare letter pairs and miss swapped letters ({@code --fromat}), so an edit distance of at most
 * two (one for short names) over the command's names catches those.
 */
final class Suggestions {
  private Suggestions() {}

  static void print(UnmatchedArgumentException ex, PrintWriter err) {
    List<String> picocli = ex.getSuggestions();
    List<String> ours = picocli.isEmpty() ? nearest(ex) : List.of();
    if (!picocli.isEmpty()) {
      UnmatchedArgumentException.printSuggestions(ex, err);
    } else if (!ours.isEmpty()) {
      err.println("Did you mean: " + String.join(" or ", ours) + "?");
    }
    err.flush();
  }

  /** The command's option or subcommand names closest to the first unmatched argument. */
  static List<String> nearest(UnmatchedArgumentException ex) {
    if (ex.getUnmatched().isEmpty()) {
      return List.of();
    }
    String arg = ex.getUnmatched().get(0);
    CommandLine cl = ex.getCommandLine();
    boolean option = arg.startsWith("-");
    String typed = option && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    Collection<String> names =
        option
            ? cl.getCommandSpec().optionsMap().keySet()
            : cl.getCommandSpec().subcommands().keySet();
    int best = Integer.MAX_VALUE;
    List<String> out = new ArrayList<>();
    for (String name : names) {
      int d = distance(typed, name);
      if (d > (name.length() <= 4 ? 1 : 2)) {
        continue;
      }
      if (d < best) {
        best = d;
        out.clear();
      }
      if (d == best) {
        out.add(option ? name : cl.getCommandSpec().qualifiedName() + " " + name);
      }
    }
    return out;
  }

  /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
