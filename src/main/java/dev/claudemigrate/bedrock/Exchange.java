package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One HTTP exchange with Bedrock as stored in a recording (one JSON line). It never holds request
 * headers, so no Authorization, X-Amz-Security-Token, X-Amz-Date or signature can reach the file.
 *
 * @param operation the API operation, e.g. {@code Converse} or {@code GetFoundationModel}
 * @param resource the decoded model ID, guardrail ID or other path resource, or null
 * @param method the HTTP method
 * @param path the request path with the resource percent-decoded
 * @param query query parameters (signature parameters are dropped)
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
    JsonNode request,
    int status,
    Map<String, String> headers,
    JsonNode response,
    String responseText) {

  public Exchange {
    query = query == null ? Map.of() : Map.copyOf(query);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** The response body bytes as they were received (JSON re-serialized compactly). */
  public byte[] responseBytes() {
    if (response != null) {
      return Json.write(response).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    return responseText == null
        ? new byte[0]
        : responseText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Whether this recorded exchange answers a request with the same operation, resource, query and
   * body.
   */
  public boolean sameRequest(WireRequest other) {
    return operation.equals(other.operation())
        && java.util.Objects.equals(resource, other.resource())
        && query.equals(other.query())
        && java.util.Objects.equals(request, other.body());
  }
}
