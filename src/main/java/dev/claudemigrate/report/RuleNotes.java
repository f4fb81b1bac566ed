package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.RuleInfo;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The section of the text report that explains, once, each rule that found something: its "In
 * short" paragraph, its documentation page, and the long advice the findings refer to by number.
 */
final class RuleNotes {
  private static final String ENTRY = "  ";
  private static final String BODY = "    ";

  private final Ansi ansi;
  private final int width;

  RuleNotes(Ansi ansi, int width) {
    this.ansi = ansi;
    this.width = width;
  }

  void append(List<String> out, Collection<String> found, List<RuleInfo> rules, Advice advice) {
    if (found.isEmpty()) {
      return;
    }
    Map<String, RuleInfo> byId =
        rules.stream().collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
    out.add(ansi.bold("About these rules:"));
    for (String id : found) {
      RuleInfo info = byId.get(id);
      String about = info == null || info.explanation() == null ? "" : info.explanation();
      out.addAll(Wrap.hanging(ENTRY + ansi.bold(id) + ": ", BODY, about, width));
      if (info != null && info.docsUrl() != null) {
        // A URL cannot be broken: it loses its indent when that makes it fit, else overflows.
        int length = info.docsUrl().length();
        String indent = BODY.length() + length > width && length <= width ? "" : BODY;
        out.add(indent + ansi.dim(info.docsUrl()));
      }
      for (String fix : advice.of(id)) {
        String label = BODY + "[" + advice.number(fix) + "] ";
        out.addAll(Wrap.hanging(label, " ".repeat(label.length()), fix, width));
      }
    }
    out.add("");
  }
}
