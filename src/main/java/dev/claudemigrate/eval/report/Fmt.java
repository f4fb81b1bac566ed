package dev.claudemigrate.eval.report;

import dev.claudemigrate.eval.CaseResult;
import dev.claudemigrate.eval.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Number and text formatting shared by the eval reports (fixed locale: reports are diffed in CI).
 */
final class Fmt {
  private Fmt() {}

  static String pct(double rate) {
    return String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }

  static String pp(double delta) {
    return String.format(Locale.ROOT, "%+.1f pp", delta * 100);
  }

  static String ms(long ms) {
    return String.format(Locale.ROOT, "%,d ms", ms);
  }

  static String signedMs(long ms) {
    return String.format(Locale.ROOT, "%+,d ms", ms);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String signed(long n) {
    return String.format(Locale.ROOT, "%+,d", n);
  }

  static String usd(BigDecimal usd) {
    return usd == null ? "n/a" : "$" + usd.setScale(4, RoundingMode.HALF_UP).toPlainString();
  }

  static String signedUsd(BigDecimal usd) {
    if (usd == null) {
      return "n/a";
    }
    String s = usd.setScale(4, RoundingMode.HALF_UP).abs().toPlainString();
    return (usd.signum() < 0 ? "-$" : "+$") + s;
  }

  /** A relative change, e.g. {@code +12%}, or "" when the base is zero. */
  static String relative(double base, double now) {
    return base == 0 ? "" : String.format(Locale.ROOT, " (%+.0f%%)", (now - base) / base * 100);
  }

  static String title(Outcome o) {
    return switch (o) {
      case REGRESSION -> "Regressions";
      case IMPROVEMENT -> "Improvements";
      case ERROR -> "Errors";
      case BOTH_FAIL -> "Failing on both";
      case BOTH_PASS -> "Passing on both";
    };
  }

  /** The answer as shown in a report: text, then tool calls, or the error. */
  static String answer(CaseResult r) {
    if (r.error() != null) {
      return "ERROR: " + r.error();
    }
    StringBuilder sb = new StringBuilder(r.text().strip());
    r.toolCalls()
        .forEach(
            t ->
                sb.append(sb.length() == 0 ? "" : "\n")
                    .append("[tool call] ")
                    .append(t.name())
                    .append(' ')
                    .append(t.input()));
    if (sb.length() == 0) {
      sb.append("(empty answer, stop reason ").append(r.stopReason()).append(')');
    }
    return sb.toString();
  }

  /** The failed checks of a result, one per line. */
  static String failures(CaseResult r) {
    return r.failures().stream()
        .map(a -> a.assertion() + (a.reason().isEmpty() ? "" : ": " + a.reason()))
        .collect(Collectors.joining("\n"));
  }

  /** Pass marks of a side's repeats, e.g. {@code pass} or {@code 2/3 pass}. */
  static String verdict(List<CaseResult> repeats) {
    if (repeats.isEmpty()) {
      return "missing";
    }
    long pass = repeats.stream().filter(CaseResult::passed).count();
    long err = repeats.stream().filter(r -> r.error() != null).count();
    if (repeats.size() == 1) {
      return pass == 1 ? "pass" : err == 1 ? "error" : "fail";
    }
    return pass + "/" + repeats.size() + " pass" + (err > 0 ? ", " + err + " error" : "");
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
