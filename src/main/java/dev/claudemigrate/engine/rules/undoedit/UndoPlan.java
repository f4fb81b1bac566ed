package dev.claudemigrate.engine.rules.undoedit;

import dev.claudemigrate.engine.model.Edit;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What the undo-edit rule does about one occurrence: remove a construct (an element, a branch, an
 * enum member) or only report it.
 *
 * @param start where the occurrence starts
 * @param end where it ends
 * @param coverStart start of the construct it belongs to (occurrences inside are the same finding)
 * @param coverEnd end of that construct
 * @param what the message
 * @param remover computes the edits on the text as later removals left it; null for report-only
 * @param why for report-only plans, what a person has to do
 * @param declared the name this construct declares (an enum member or constant), or null
 */
record UndoPlan(
    int start,
    int end,
    int coverStart,
    int coverEnd,
    String what,
    BiFunction<String, Integer, List<Edit>> remover,
    String why,
    String declared) {

  static UndoPlan report(int start, int end, String what, String why) {
    return new UndoPlan(start, end, start, end, what, null, why, null);
  }

  static UndoPlan remove(
      int start, int end, int coverStart, int coverEnd, String what, List<Edit> edits) {
    return new UndoPlan(start, end, coverStart, coverEnd, what, (text, at) -> edits, null, null);
  }

  UndoPlan declaring(String name) {
    return new UndoPlan(start, end, coverStart, coverEnd, what, remover, why, name);
  }

  UndoPlan reportOnly(String reason) {
    return new UndoPlan(start, end, coverStart, coverEnd, what, null, reason, declared);
  }

  boolean covers(int offset) {
    return offset >= coverStart && offset < coverEnd;
  }
}
