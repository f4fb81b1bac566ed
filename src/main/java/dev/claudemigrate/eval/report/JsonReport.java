package dev.claudemigrate.eval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.claudemigrate.eval.EvalReport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report as JSON for tools: a format tag, the summary line, and the whole {@link EvalReport}.
 */
public final class JsonReport {
  /** Changes when a field changes meaning or goes away. */
  public static final String FORMAT = "claude-migrate-eval/1";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private JsonReport() {}

  public static String render(EvalReport r) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("summary", Summary.headline(r));
    doc.put("regressions", r.regressions());
    doc.put("report", r);
    try {
      return MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON report", e);
    }
  }
}
