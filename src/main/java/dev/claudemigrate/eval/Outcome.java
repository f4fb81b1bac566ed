package dev.claudemigrate.eval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/** How a case fared on the candidate compared with the baseline, in report order. */
public enum Outcome {
  /** Passed on the baseline, failed on the candidate. */
  REGRESSION,
  /** Failed on the baseline, passed on the candidate. */
  IMPROVEMENT,
  /** A call failed on at least one side after its retries: no verdict. */
  ERROR,
  /** Failed on both. */
  BOTH_FAIL,
  /** Passed on both. */
  BOTH_PASS;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A side's verdict over its repeats: pass on a majority of passes, error on at least half errors,
   * else fail.
   */
  public enum Verdict {
    PASS,
    FAIL,
    ERROR
  }

  public static Verdict verdict(List<CaseResult> repeats) {
    long pass = repeats.stream().filter(CaseResult::passed).count();
    long errors = repeats.stream().filter(r -> r.error() != null).count();
    if (repeats.isEmpty() || errors * 2 >= repeats.size() && pass * 2 <= repeats.size()) {
      return Verdict.ERROR;
    }
    return pass * 2 > repeats.size() ? Verdict.PASS : Verdict.FAIL;
  }

  static Outcome of(Verdict baseline, Verdict candidate) {
    if (baseline == Verdict.ERROR || candidate == Verdict.ERROR) {
      return ERROR;
    }
    if (baseline == candidate) {
      return baseline == Verdict.PASS ? BOTH_PASS : BOTH_FAIL;
    }
    return baseline == Verdict.PASS ? REGRESSION : IMPROVEMENT;
  }
}
