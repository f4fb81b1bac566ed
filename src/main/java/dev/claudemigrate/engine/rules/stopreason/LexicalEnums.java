package dev.claudemigrate.engine.rules.stopreason;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enumerations that mirror the API's stop reasons in code read without a grammar (ADR 0108): a
 * Swift {@code enum StopReason: String, Decodable}, a PHP 8.1 backed enum, a Dart or C++ enum with
 * a braced body. Decoding a value such an enum does not list fails, as for {@link StopReasonEnums}.
 */
final class LexicalEnums {
  private static final Pattern HEAD = Pattern.compile("\\benum\\s+(?:class\\s+)?([A-Za-z_]\\w*)");

  private LexicalEnums() {}

  /**
   * The braced enums of {@code file} that list three or more stop reasons, one that only a stop
   * reason is, and no catch-all case.
   */
  static List<StopReasonEnums.StopEnum> find(SourceFile file) {
    List<StopReasonEnums.StopEnum> out = new ArrayList<>();
    Matcher h = HEAD.matcher(file.text());
    while (h.find()) {
      if (file.contextAt(h.start()) != Context.CODE) {
        continue;
      }
      int open = file.text().indexOf('{', h.end());
      int close = open < 0 ? -1 : LexicalSwitches.closingBrace(file, open);
      if (close < 0 || file.text().substring(h.end(), open).contains(";")) {
        continue;
      }
      String body = LexicalComparisons.withoutComments(file, open, close);
      Set<String> values = StopReasonCheck.values(body);
      if (values.size() >= 3
          && StopReasonCheck.namesStopReasons(values)
          && !StopReasonEnums.CATCH_ALL.matcher(body).find()) {
        out.add(new StopReasonEnums.StopEnum(h.start(1), open, h.group(1), values, false));
      }
    }
    return out;
  }
}
