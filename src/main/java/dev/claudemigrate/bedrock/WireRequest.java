package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * An outgoing Bedrock HTTP request reduced to what identifies it: operation, decoded resource,
 * query, the request headers that change what Bedrock does, and the JSON body. Every other header
 * is left out on purpose (they carry the signature and credentials).
 *
 * @param operation the API operation name
 * @param resource the decoded path resource (model ID, guardrail ID) or null
 * @param method the HTTP method
 * @param path the path with the resource decoded
 * @param query query parameters without signature parameters
 * @param headers the request headers that matter ({@link #MEANINGFUL_HEADERS}, {@code
 *     x-amzn-bedrock-*}), names in lower case
 * @param body the JSON body or null
 */
public record WireRequest(
    String operation,
    String resource,
    String method,
    String path,
    Map<String, String> query,
    Map<String, String> headers,
    JsonNode body) {

  /**
   * Request headers that change the answer (InvokeModel's body type, guardrail and trace), kept in
   * recordings and compared on replay; no header that carries credentials or a signature.
   */
  static final List<String> MEANINGFUL_HEADERS = List.of("content-type", "accept");

  /** InvokeModel's guardrail, trace and performance settings travel in these headers. */
  static final String BEDROCK_HEADER_PREFIX = "x-amzn-bedrock-";

  private static final List<Route> ROUTES =
      List.of(
          new Route("Converse", Pattern.compile("/model/([^/]+)/converse")),
          new Route("ConverseStream", Pattern.compile("/model/([^/]+)/converse-stream")),
          new Route("InvokeModel", Pattern.compile("/model/([^/]+)/invoke")),
          new Route("GetFoundationModel", Pattern.compile("/foundation-models/([^/]+)")),
          new Route(
              "GetFoundationModelAvailability",
              Pattern.compile("/foundation-model-availability/([^/]+)")),
          new Route("ListInferenceProfiles", Pattern.compile("/inference-profiles()")),
          new Route("GetInferenceProfile", Pattern.compile("/inference-profiles/([^/]+)")),
          new Route("GetGuardrail", Pattern.compile("/guardrails/([^/]+)")));

  private record Route(String operation, Pattern pattern) {}

  /** Reads an SDK request and its body bytes. */
  public static WireRequest of(SdkHttpRequest http, byte[] body) {
    String encoded =
        http.encodedPath() == null || http.encodedPath().isEmpty() ? "/" : http.encodedPath();
    Map<String, String> query = new TreeMap<>();
    http.rawQueryParameters()
        .forEach(
            (k, v) -> {
              if (!k.toLowerCase(Locale.ROOT).startsWith("x-amz-") && !v.isEmpty()) {
                query.put(k, v.get(0));
              }
            });
    JsonNode json = Json.parse(new String(body, StandardCharsets.UTF_8)).orElse(null);
    Map<String, String> headers = meaningful(http.headers());
    for (Route r : ROUTES) {
      Matcher m = r.pattern().matcher(encoded);
      if (m.matches()) {
        String resource = m.group(1).isEmpty() ? null : decode(m.group(1));
        String path = resource == null ? encoded : encoded.replace(m.group(1), resource);
        return new WireRequest(
            r.operation(), resource, http.method().name(), path, query, headers, json);
      }
    }
    return new WireRequest(
        http.method().name() + " " + decode(encoded),
        null,
        http.method().name(),
        decode(encoded),
        query,
        headers,
        json);
  }

  /** The headers of {@link #MEANINGFUL_HEADERS} and {@code x-amzn-bedrock-*}, names lower-cased. */
  static Map<String, String> meaningful(Map<String, List<String>> all) {
    Map<String, String> out = new TreeMap<>();
    all.forEach(
        (name, values) -> {
          String n = name.toLowerCase(Locale.ROOT);
          if ((MEANINGFUL_HEADERS.contains(n) || n.startsWith(BEDROCK_HEADER_PREFIX))
              && !values.isEmpty()) {
            out.put(n, values.get(0));
          }
        });
    return out;
  }

  /** Percent-decodes one path segment ({@code %3A} becomes {@code :}); '+' stays '+'. */
  public static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
