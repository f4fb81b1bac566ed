package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claudemigrate.bedrock.Diagnosis.Kind;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.Model;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/**
 * Turns every failure of a Bedrock call (service errors, client-side timeouts, unreadable answers)
 * into a {@link Diagnosis} whose fix names the values that matter: the inference profile for the
 * region, the rejected beta or tool type, the model's end of life.
 */
public final class Diagnoser {
  private static final Set<String> RETRYABLE =
      Set.of(
          "ThrottlingException",
          "ModelNotReadyException",
          "InternalServerException",
          "ServiceUnavailableException");
  private static final Set<String> BAD_CREDENTIALS =
      Set.of(
          "UnrecognizedClientException",
          "InvalidSignatureException",
          "ExpiredTokenException",
          "ExpiredToken",
          "InvalidClientTokenId",
          "IncompleteSignature",
          "SignatureDoesNotMatch");

  private final Catalog catalog;
  private final String region;
  private final Fixes fixes;

  public Diagnoser(Catalog catalog, String region) {
    this.catalog = catalog;
    this.region = region;
    this.fixes = new Fixes(catalog, region);
  }

  /** Whether a failed attempt is worth another (throttling, model not ready, 5xx). */
  public static boolean retryable(Throwable error) {
    if (error instanceof AwsServiceException e) {
      int status = e.statusCode();
      return RETRYABLE.contains(errorCode(e)) || status == 429 || status == 500 || status == 503;
    }
    return false;
  }

  /**
   * The diagnosis of a call that failed.
   *
   * @param error what the SDK threw on the last attempt
   * @param modelId the model ID or profile called
   * @param additionalFields the request's additionalModelRequestFields (betas, tools, thinking), or
   *     null
   * @param attempts how many attempts were made
   * @param timeout the per-attempt timeout in force
   */
  public Diagnosis diagnose(
      Throwable error, String modelId, JsonNode additionalFields, int attempts, Duration timeout) {
    if (error instanceof AwsServiceException e) {
      return service(e, modelId, additionalFields, attempts);
    }
    if (error instanceof ApiCallTimeoutException
        || error instanceof ApiCallAttemptTimeoutException
        || causedBy(error, SocketTimeoutException.class)
        || causedBy(error, HttpTimeoutException.class)) {
      return new Diagnosis(
          Kind.TIMEOUT,
          "no answer from " + modelId + " within " + seconds(timeout),
          "raise --timeout (extended thinking and long answers take longer), or check the network path to Bedrock (proxy, VPC endpoint)");
    }
    if (causedBy(error, ReplayHttpClient.ReplayMismatchException.class)) {
      return new Diagnosis(
          Kind.REPLAY_MISMATCH,
          "replay: " + rootMessage(error),
          "run with the same model, region and options as the recording, or record again with --record");
    }
    if (causedBy(error, ConnectException.class) || causedBy(error, UnknownHostException.class)) {
      return new Diagnosis(
          Kind.CONNECTION,
          "cannot reach Bedrock: " + rootMessage(error),
          "check --endpoint-url, DNS, proxy settings (HTTPS_PROXY) and the VPC endpoint for bedrock-runtime in "
              + region);
    }
    String text = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
    if (text.contains("unmarshall")
        || text.contains("parse")
        || causedByName(error, "JsonParseException")) {
      return new Diagnosis(
          Kind.MALFORMED_RESPONSE,
          "the answer is not Converse JSON: " + firstLine(error.getMessage()),
          "check that --endpoint-url points at bedrock-runtime and that no proxy rewrites the answers");
    }
    return new Diagnosis(
        Kind.OTHER,
        error.getClass().getSimpleName() + ": " + firstLine(error.getMessage()),
        "rerun with --max-attempts 1 and --format json to see the raw failure; report it if it persists");
  }

  private Diagnosis service(AwsServiceException e, String modelId, JsonNode fields, int attempts) {
    String code = errorCode(e);
    String msg =
        e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
            ? e.awsErrorDetails().errorMessage()
            : firstLine(e.getMessage());
    String raw = code + " (HTTP " + e.statusCode() + "): " + msg;
    Optional<Model> model = catalog.identify(modelId).map(m -> m.model());
    if (BAD_CREDENTIALS.contains(code)) {
      return new Diagnosis(
          Kind.BAD_CREDENTIALS,
          raw,
          "refresh the credentials (aws sso login, a new session token, or the right --profile) and check the system clock");
    }
    if (e.statusCode() == 403 || code.equals("AccessDeniedException")) {
      return new Diagnosis(Kind.ACCESS_DENIED, raw, fixes.accessDenied(modelId, model));
    }
    if (e.statusCode() == 404 || code.equals("ResourceNotFoundException")) {
      return new Diagnosis(
          Kind.NOT_FOUND,
          raw,
          raw.contains("reached the end of its life")
              ? fixes.endOfLife(modelId, model)
              : fixes.notFound(modelId, model));
    }
    if (code.equals("ServiceQuotaExceededException")) {
      return new Diagnosis(Kind.THROTTLED, raw, fixes.throttled(model));
    }
    if (code.equals("ThrottlingException")
        || e.statusCode() == 429 && !code.equals("ModelNotReadyException")) {
      return new Diagnosis(
          Kind.THROTTLED, raw + " (on all " + attempts + " attempts)", fixes.throttled(model));
    }
    if (RETRYABLE.contains(code) || e.statusCode() >= 500) {
      return new Diagnosis(
          Kind.SERVICE_UNAVAILABLE,
          raw + " (on all " + attempts + " attempts)",
          "retry later or raise --max-attempts; check the AWS Health Dashboard for Amazon Bedrock in "
              + region);
    }
    if (code.equals("ModelTimeoutException") || code.equals("ModelErrorException")) {
      return new Diagnosis(
          Kind.MODEL_ERROR,
          raw,
          "retry; if it persists, shorten the prompt or lower --max-tokens / --thinking-budget");
    }
    return validation(raw, msg, modelId, model, fields);
  }

  private Diagnosis validation(
      String raw, String msg, String modelId, Optional<Model> model, JsonNode fields) {
    String m = msg.toLowerCase(Locale.ROOT);
    if (m.contains("on-demand throughput")) {
      return new Diagnosis(Kind.ON_DEMAND_BASE_ID, raw, fixes.onDemand(modelId, model));
    }
    if (m.contains("beta")) {
      List<String> betas = strings(fields, "anthropic_beta", null);
      return new Diagnosis(
          Kind.INVALID_BETA,
          "Bedrock rejected anthropic_beta " + betas + ": " + raw,
          fixes.betas(betas));
    }
    if (m.contains("temperature") && m.contains("top_p")) {
      return new Diagnosis(Kind.INVALID_SAMPLING, raw, fixes.sampling(modelId, model));
    }
    if (m.contains("thinking") || m.contains("budget_tokens")) {
      return new Diagnosis(Kind.INVALID_THINKING, raw, Fixes.THINKING);
    }
    if (m.contains("toolconfig")) {
      return new Diagnosis(
          Kind.VALIDATION,
          raw,
          "send a toolConfig on every turn whose messages carry toolUse or toolResult blocks; Converse requires it, "
              + "also when the tools themselves travel in additionalModelRequestFields");
    }
    if (m.contains("tool")) {
      List<String> types = strings(fields, "tools", "type");
      List<String> names = strings(fields, "tools", "name");
      return new Diagnosis(
          Kind.INVALID_TOOL_TYPE,
          "Bedrock rejected tool type " + types + " named " + names + ": " + raw,
          fixes.tools(model, fields));
    }
    return new Diagnosis(
        Kind.VALIDATION, raw, "correct the parameter the message names, then rerun");
  }

  /** The error name, from x-amzn-ErrorType or __type as the SDK read it. */
  static String errorCode(AwsServiceException e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
        ? ""
        : e.awsErrorDetails().errorCode();
  }

  private static List<String> strings(JsonNode fields, String list, String member) {
    List<String> out = new ArrayList<>();
    if (fields != null && fields.path(list).isArray()) {
      fields
          .path(list)
          .forEach(n -> out.add(member == null ? n.asText() : n.path(member).asText("(none)")));
    }
    return out;
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedByName(Throwable t, String simpleName) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getClass().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null) {
      c = c.getCause();
    }
    return firstLine(c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage());
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String seconds(Duration d) {
    return d == null
        ? "the timeout"
        : (d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms");
  }
}
