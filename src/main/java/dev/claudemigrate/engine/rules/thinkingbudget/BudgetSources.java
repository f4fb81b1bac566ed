package dev.claudemigrate.engine.rules.thinkingbudget;

import dev.claudemigrate.engine.syntax.TextScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a thinking budget held in a variable is computed: the assignment shortly before the request
 * ({@code budget_tokens = self._calc_budget_tokens(max_tokens, effort)}) and, when that is a call
 * of a function of the same file, the function's definition. Moving to adaptive thinking makes both
 * obsolete (or turns them into an effort mapping), so they are reported beside the request.
 */
final class BudgetSources {
  /** How many lines before the request an assignment of its budget variable is looked for. */
  static final int REACH = 40;

  private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");

  /**
   * Names that say a value is a thinking budget. A variable filled by a general helper (a parser of
   * token counts such as {@code parse_token_value}) is settings plumbing, not a computed budget,
   * and is not followed.
   */
  private static final Pattern BUDGET = Pattern.compile("(?i)budget|think|reason|effort");

  /**
   * The callee of an assigned value: {@code self._calc(...)}, {@code this.calc(...)}, {@code
   * calc(...)}.
   */
  private static final Pattern CALL =
      Pattern.compile("^(?:await\\s+)?(?:(?:self|this|cls)\\.)?([A-Za-z_]\\w*)\\s*\\(");

  private BudgetSources() {}

  /**
   * The offsets of the lines that compute the budget {@code value} used at {@code at}: the
   * assignment of the variable, then the definition of the function it calls; empty when the value
   * is not a plain variable or nothing is found.
   */
  static List<Integer> of(String text, int at, String value) {
    List<Integer> out = new ArrayList<>();
    if (!NAME.matcher(value).matches()) {
      return out;
    }
    Pattern assign =
        Pattern.compile(
            "^[ \\t]*(?:(?:const|let|var|final|val|int|long|Integer|Long|auto)\\s+)*"
                + Pattern.quote(value)
                + "\\s*(?::\\s*[\\w\\[\\]<>.| ]+)?(?::=|=)(?!=)\\s*(.*)$");
    int line = TextScan.lineStart(text, at);
    for (int i = 0; i < REACH; i++) {
      line = TextScan.previousLineStart(text, line);
      if (line < 0) {
        break;
      }
      Matcher m = assign.matcher(text.substring(line, TextScan.lineEnd(text, line)));
      if (m.find()) {
        String assigned = m.group(1).trim();
        if (BUDGET.matcher(value).find() || BUDGET.matcher(assigned).find()) {
          out.add(line);
          definition(text, assigned).ifPresent(out::add);
        }
        break;
      }
    }
    return out;
  }

  /** The line where the function the value calls is defined in the same text. */
  private static Optional<Integer> definition(String text, String assigned) {
    Matcher call = CALL.matcher(assigned);
    if (!call.find()) {
      return Optional.empty();
    }
    if (!BUDGET.matcher(call.group(1)).find()) {
      return Optional.empty();
    }
    String name = Pattern.quote(call.group(1));
    Pattern def =
        Pattern.compile(
            "(?m)^[ \\t]*(?:(?:async\\s+)?def\\s+"
                + name
                + "\\s*\\(|(?:export\\s+)?(?:async\\s+)?function\\s+"
                + name
                + "\\s*\\(|func\\s+(?:\\([^)]*\\)\\s*)?"
                + name
                + "\\s*\\(|(?:(?:private|public|protected|internal|override)\\s+)*fun\\s+"
                + name
                + "\\s*\\(|(?:(?:public|private|protected|static|final|synchronized)\\s+)+"
                + "(?:[\\w<>\\[\\],]+\\s+)?"
                + name
                + "\\s*\\()");
    Matcher d = def.matcher(text);
    return d.find() ? Optional.of(d.start()) : Optional.empty();
  }
}
