package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP exchange with Bedrock as stored in a recording (one JSON line). Of the request headers
 * it holds only those that change the answer ({@code content-type}, {@code accept}, {@code
 * x-amzn-bedrock-*}), so no Authorization, X-Amz-Security-Token, X-Amz-Date or signature can reach
 * the file.
 *
 * @param operation the API operation, e.g. {@code Converse} or {@code GetFoundationModel}
 * @param resource the decoded model ID, guardrail ID or other path resource, or null
 * @param method the HTTP method
 * @param path the request path with the resource percent-decoded
 * @param query query parameters (signature parameters are dropped)
 * @param requestHeaders the request headers that matter, names in lower case; null in recordings
 *     made before they were kept (then they are not compared)
 * @param request the JSON request body, or null when there is none
 * @param status the HTTP status code
 * @param headers response headers needed to read errors (Content-Type, x-amzn-ErrorType,
 *     x-amzn-RequestId)
 * @param response the JSON response body, or null when it was not JSON
 * @param responseText the raw response body when it was not JSON, else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Exchange(
    String operation,
    String resource,
    String method,
    String path,
    Map<String, String> query,
    Map<String, String> requestHeaders,
    JsonNode request,
    int status,
    Map<String, String> headers,
    JsonNode response,
    String responseText) {

  public Exchange {
    query = query == null ? Map.of() : Map.copyOf(query);
    requestHeaders = requestHeaders == null ? null : Map.copyOf(requestHeaders);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** The response body bytes as they were received (JSON re-serialized compactly). */
  public byte[] responseBytes() {
    if (response != null) {
      return Json.write(response).getBytes(StandardCharsets.UTF_8);
    }
    return responseText == null ? new byte[0] : responseText.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whether this recorded exchange answers {@code other}: the same operation, resource, query,
   * headers that matter and JSON body (key order ignored).
   */
  public boolean sameRequest(WireRequest other) {
    return operation.equals(other.operation())
        && Objects.equals(resource, other.resource())
        && query.equals(other.query())
        && (requestHeaders == null || requestHeaders.equals(other.headers()))
        && Objects.equals(request, other.body());
  }
}
