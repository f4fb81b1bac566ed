package dev.claudemigrate.engine.rules.stopreason;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stop-reason decision, independent of syntax.
 *
 * <p>Let V be the known stop values a branch handles, D whether it has a default/else (or an
 * SDK-unknown case, or a negated test such as {@code != "end_turn"}), F whether that default fails
 * (raises, throws, panics, returns an error) or a test is negated. Only dispatches are judged: a
 * switch/match/when, or an if-chain that tests two or more values or has an else; a lone {@code if
 * stop_reason == "tool_use"} is not.
 *
 * <ul>
 *   <li>Messages API: a finding unless V holds {@code refusal}, or F, or the branch only separates
 *       {@code end_turn} from everything else (V = {end_turn} with a default).
 *   <li>Converse: a finding when V lacks {@code content_filtered} or {@code guardrail_intervened}
 *       and there is no default at all.
 * </ul>
 */
final class StopReasonCheck {
  static final Set<String> MESSAGES =
      Set.of(
          "end_turn",
          "max_tokens",
          "stop_sequence",
          "tool_use",
          "pause_turn",
          "refusal",
          "model_context_window_exceeded");
  static final Set<String> CONVERSE =
      Set.of(
          "end_turn",
          "tool_use",
          "max_tokens",
          "stop_sequence",
          "guardrail_intervened",
          "content_filtered",
          "malformed_model_output",
          "malformed_tool_use",
          "model_context_window_exceeded");
  private static final List<String> CONVERSE_REFUSALS =
      List.of("content_filtered", "guardrail_intervened");

  /** The values that stand for a refusal: Messages API refusal and the Converse ones. */
  static final Set<String> REFUSALS =
      Stream.concat(Stream.of("refusal"), CONVERSE_REFUSALS.stream())
          .collect(Collectors.toUnmodifiableSet());

  /** A stop-reason key or variable in any spelling: stop_reason, stopReason, StopReason. */
  static final Pattern STOP_KEY = Pattern.compile("(?i)stop_?reason");

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern FAILS =
      Pattern.compile(
          "\\b(raise|throw|panic)\\b|errors\\.New|fmt\\.Errorf|log\\.Fatal|(?<![.\\w])error\\s*\\(|\\breject\\s*\\("
              + "|\\bassert_?[nN]ever\\s*\\(|\\bassert\\s+False\\b"
              // Swift: a default that stops the program.
              + "|\\b(fatalError|preconditionFailure)\\s*\\("
              // Rust: an arm or path that returns an error or cannot be reached.
              + "|\\breturn\\s+Err\\s*\\(|=>\\s*\\{?\\s*Err\\s*\\(|\\b(bail|unreachable|unimplemented|todo)!");

  /**
   * The type-name prefix SDKs put before a stop value's constant: the AWS SDK for Go's {@code
   * StopReason}, and anthropic-sdk-go's {@code MessageStopReason}, {@code MessageDeltaStopReason},
   * {@code BetaMessageStopReason} (any Pascal-case words ending in {@code StopReason}, followed by
   * the value's own capital).
   */
  static final Pattern SDK_PREFIX = Pattern.compile("^(?:[A-Z][a-z0-9]*)*StopReason(?=[A-Z])");

  private static final Pattern NEGATED = Pattern.compile("!|\\bnot\\b");
  private static final Pattern CONVERSE_API =
      Pattern.compile(
          "(?i)\\bconverse(_?stream)?\\b|Converse(Stream)?(Command|Request|Response|Output|Input)|stopReasonAsString");

  private static final Pattern ANTHROPIC_SDK =
      Pattern.compile(
          "\\bfrom anthropic\\b|\\bimport anthropic\\b|@anthropic-ai/|com\\.anthropic\\.|anthropic-sdk-go");

  /**
   * What a branch handles.
   *
   * @param dispatch whether it is a switch/match/when rather than an if-chain
   * @param keyText the subject or stop-reason conditions, to tell the API by spelling
   * @param values the known stop values it has cases for
   * @param hasDefault whether anything else lands in a default/else branch
   * @param fails whether that branch fails (raises, throws) rather than carrying on
   * @param labels the text of the cases that name known values, to spell advice like the code does
   */
  record Facts(
      boolean dispatch,
      String keyText,
      Set<String> values,
      boolean hasDefault,
      boolean fails,
      String labels) {}

  /**
   * The Messages API stop reasons the migration target can return that not every target returns
   * (catalog {@code stopReasons}), such as {@code model_context_window_exceeded} from Sonnet 4.5.
   *
   * @param model the target model's name, for messages
   * @param reasons the values, in catalog order
   */
  record Returns(String model, List<String> reasons) {
    static final Returns NONE = new Returns("", List.of());
  }

  /** A finding's content: which API, what is handled, what is missing. */
  record Verdict(
      boolean converse,
      Set<String> handled,
      List<String> missing,
      boolean hasDefault,
      String labels,
      String target) {
    String message(String keyword) {
      return message(keyword, false);
    }

    /**
     * @param echoed whether the branch's default does exactly what its end_turn arm does (see
     *     {@link EchoedDefault}), so that it counts as no default
     */
    String message(String keyword, boolean echoed) {
      String none =
          echoed
              ? " and its default does exactly what the end_turn branch does"
              : " and no default";
      String key = converse ? "stopReason (Converse)" : "stop_reason (Messages API)";
      String head =
          keyword
              + " on "
              + key
              + " handles "
              + String.join(", ", handled)
              + " but has no case for "
              + String.join(" or ", missing);
      if (converse) {
        return head + none + ": a refusal or an unknown stop reason passes as a normal answer";
      }
      if (!missing.contains("refusal")) {
        return head + none + ": " + target + " can return it";
      }
      return head
          + (hasDefault
              ? "; its default branch does not fail, so a refusal is treated as"
                  + " whatever that branch does"
              : none + ": a refusal passes as a normal answer")
          + " (refusal is new in Claude 4)";
    }

    /** The message for a single comparison (see {@link #comparisonVerdict}). */
    String comparisonMessage(boolean orOther) {
      String key = converse ? "stopReason (Converse)" : "stop_reason (Messages API)";
      String refusal = converse ? "content_filtered or guardrail_intervened" : "refusal";
      return key
          + " compared with "
          + String.join(", ", handled)
          + ": "
          + refusal
          + (orOther
              ? " takes the same path as end_turn whenever the other side of the 'or' holds"
              : " takes the same path as end_turn")
          + ", so a refusal passes as a normal answer"
          + (converse ? "" : " (refusal is new in Claude 4)");
    }

    /** The advice for a single comparison. */
    String comparisonFix() {
      String first = StopValueSpelling.spell(converse ? "content_filtered" : "refusal", labels);
      return "Test for "
          + first
          + " before this and do not use the reply as an answer (remove or rephrase the refused"
          + " user turn before continuing the conversation), or compare with "
          + StopValueSpelling.spell("end_turn", labels)
          + " so that every other stop reason takes the other path.";
    }

    String fix() {
      List<String> spelled = missing.stream().map(v -> StopValueSpelling.spell(v, labels)).toList();
      if (converse) {
        return "Add a case for "
            + String.join(" and ", spelled)
            + " and a default that treats "
            + "unknown values as a refusal (Converse has no 'refusal' value; how Claude 4 refusals "
            + "surface there is not documented). After a refusal, remove or change the refused turn "
            + "before continuing the conversation.";
      }
      if (!missing.contains("refusal")) {
        return "Add a case for "
            + String.join(" and ", spelled)
            + ", or a default that raises on stop reasons you do not know.";
      }
      return "Add a branch for "
          + spelled.get(0)
          + ": do not use the reply as an answer, and remove or "
          + "rephrase the refused user turn before continuing the conversation; let the default branch "
          + "raise on stop reasons you do not know.";
    }
  }

  private StopReasonCheck() {}

  /** The finding for a branch, or empty when it handles refusals well enough (no target data). */
  static Optional<Verdict> verdict(Facts f, boolean messagesFile) {
    return verdict(f, messagesFile, Returns.NONE);
  }

  /**
   * The finding for a branch, or empty when it handles refusals well enough. A Messages API branch
   * that enumerates stop reasons (a switch/match/when, or an if-chain on three or more values) with
   * no default must also have a case for each of {@code target}'s values.
   */
  static Optional<Verdict> verdict(Facts f, boolean messagesFile, Returns target) {
    Set<String> v = f.values();
    boolean judged = f.dispatch() || v.size() >= 2 || f.hasDefault();
    if (!judged || f.fails()) {
      return Optional.empty();
    }
    if (isConverse(f, messagesFile)) {
      List<String> missing = CONVERSE_REFUSALS.stream().filter(x -> !v.contains(x)).toList();
      return missing.isEmpty() || f.hasDefault()
          ? Optional.empty()
          : Optional.of(new Verdict(true, v, missing, false, f.labels(), target.model()));
    }
    boolean splitsSuccessOnly = f.hasDefault() && v.equals(Set.of("end_turn"));
    List<String> missing = new ArrayList<>();
    if (!v.contains("refusal") && !splitsSuccessOnly) {
      missing.add("refusal");
    }
    if (!f.hasDefault() && (f.dispatch() || v.size() >= 3)) {
      target.reasons().stream()
          .filter(x -> !v.contains(x) && !missing.contains(x))
          .forEach(missing::add);
    }
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new Verdict(
                false, v, List.copyOf(missing), f.hasDefault(), f.labels(), target.model()));
  }

  /**
   * The finding for a single comparison outside a dispatch ({@code ==}, {@code !=}, {@code in},
   * {@code equals}) that names {@code values}. A refusal has a path of its own when it does not go
   * where {@code end_turn} (a normal answer) goes: exactly one of the two is among the values (for
   * Converse, {@code content_filtered} or {@code guardrail_intervened} stands for the refusal), or
   * the path the refusal takes fails.
   *
   * @param keyText the comparison's text, to tell the API by spelling
   * @param pathFails whether the branch a value outside {@code values} takes raises or throws
   * @param orOther whether the comparison is or-ed with a condition that does not test the stop
   *     reason: then a value outside {@code values} also takes the true path whenever that
   *     condition holds, so {@code end_turn} among the values is not enough to keep a refusal apart
   */
  static Optional<Verdict> comparisonVerdict(
      Set<String> values,
      String keyText,
      boolean pathFails,
      boolean messagesFile,
      boolean orOther) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    Facts f = new Facts(false, keyText, values, false, false, keyText);
    boolean converse = isConverse(f, messagesFile);
    boolean refusal =
        converse
            ? values.stream().anyMatch(CONVERSE_REFUSALS::contains)
            : values.contains("refusal");
    boolean withSuccess = orOther && !refusal && values.contains("end_turn");
    // With the or, the failing path is not the only one a refusal can take.
    if ((pathFails && !withSuccess) || (refusal != values.contains("end_turn") && !withSuccess)) {
      return Optional.empty();
    }
    List<String> missing = converse ? CONVERSE_REFUSALS : List.of(refusal ? "end_turn" : "refusal");
    return Optional.of(new Verdict(converse, values, missing, false, keyText, ""));
  }

  /**
   * Values decide first (refusal/pause_turn vs Converse-only values), then the key's spelling at
   * the branch (a Rust {@code StopReason::} path is Converse's), then the file (see {@link
   * #isMessagesFile}).
   */
  private static boolean isConverse(Facts f, boolean messagesFile) {
    Set<String> v = f.values();
    if (v.contains("refusal") || v.contains("pause_turn")) {
      return false;
    }
    if (v.stream().anyMatch(x -> CONVERSE.contains(x) && !MESSAGES.contains(x))) {
      return true;
    }
    // The AWS SDK for Rust spells Converse's field stop_reason, its values StopReason::EndTurn.
    // A match on resp.stop_reason() shows the path in its arms (StopReason::EndTurn =>).
    return !messagesFile
        && (!f.keyText().contains("stop_reason")
            || f.keyText().contains("StopReason::")
            || f.labels().contains("StopReason::"));
  }

  /**
   * Whether case labels that name {@code values} can only be stop reasons, so that a switch on a
   * variable of any name ({@code switch reason}) is a stop-reason dispatch: two or more values, one
   * of them a value no other common enumeration has ({@code max_tokens} and {@code stop_sequence}
   * alone could be a finish reason of another provider).
   */
  static boolean namesStopReasons(Set<String> values) {
    return values.size() >= 2
        && (values.contains("end_turn")
            || values.contains("tool_use")
            || values.contains("refusal")
            || values.contains("pause_turn"));
  }

  /**
   * The known stop values named in code text: string contents and enum constants in any spelling.
   */
  static Set<String> values(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String v = normalize(m.group());
      if (MESSAGES.contains(v) || CONVERSE.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * {@code END_TURN}, {@code EndTurn}, {@code StopReasonEndTurn}, {@code MessageStopReasonEndTurn},
   * {@code end_turn} -> {@code end_turn}.
   */
  static String normalize(String token) {
    String t = SDK_PREFIX.matcher(token).replaceFirst("");
    if (!t.equals(t.toUpperCase(Locale.ROOT))) {
      t = t.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    }
    return t.toLowerCase(Locale.ROOT);
  }

  /** A case for values newer than the SDK ({@code UNKNOWN_TO_SDK_VERSION}, {@code SdkUnknown}). */
  static boolean isSdkUnknown(String label) {
    return label.contains("UNKNOWN_TO_SDK_VERSION") || label.contains("SdkUnknown");
  }

  static boolean isNegated(String condition) {
    return NEGATED.matcher(condition).find();
  }

  static boolean fails(String branch) {
    return FAILS.matcher(branch).find();
  }

  /**
   * Whether a file's stop reasons are Messages API ones: it uses an Anthropic SDK, or it spells
   * {@code stop_reason} (a JSON key, a struct tag) or builds a Messages body for InvokeModel (the
   * {@code anthropic_version} value {@code bedrock-2023-05-31}) and never uses Converse. So a local
   * variable named {@code stopReason} that holds {@code body["stop_reason"]} is still judged as
   * Messages.
   *
   * @param code the file's text with comments blanked out
   */
  static boolean isMessagesFile(String code) {
    return ANTHROPIC_SDK.matcher(code).find()
        || ((code.contains("stop_reason") || code.contains("bedrock-2023-05-31"))
            && !CONVERSE_API.matcher(code).find());
  }
}
