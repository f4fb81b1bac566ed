package dev.claudemigrate.bedrock.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.bedrock.Diagnosis;
import dev.claudemigrate.bedrock.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The three renderings of one report. */
class SmokeRendererTest {
  private final SmokeReport report =
      new SmokeReport(
          "us.m",
          "Claude Sonnet 4.6",
          "us-east-1",
          List.of(
              new CheckResult(
                  "basic",
                  SmokeCheck.BASIC,
                  CheckResult.Status.PASS,
                  310L,
                  40,
                  10,
                  new BigDecimal("0.00027000"),
                  1,
                  "answered: <ok> & \"fine\"",
                  null),
              new CheckResult(
                  "tools",
                  SmokeCheck.TOOLS,
                  CheckResult.Status.FAIL,
                  null,
                  0,
                  0,
                  null,
                  4,
                  "Throttling <x>",
                  new Diagnosis(
                      Diagnosis.Kind.THROTTLED, "Throttling <x>", "raise --max-attempts & retry")),
              new CheckResult(
                  "guardrail",
                  SmokeCheck.GUARDRAIL,
                  CheckResult.Status.SKIP,
                  null,
                  0,
                  0,
                  null,
                  0,
                  "no --guardrail-id given",
                  null)));

  @Test
  void textShowsCostLatencyDiagnosisAndFix() {
    String text = SmokeRenderer.render(report, SmokeRenderer.Format.TEXT);

    assertTrue(text.contains("310 ms") && text.contains("$0.000270"), text);
    assertTrue(
        text.contains("diagnosis: THROTTLED") && text.contains("fix: raise --max-attempts & retry"),
        text);
    assertTrue(text.contains("1 passed, 1 failed, 1 skipped; estimated cost $0.000270"), text);
  }

  @Test
  void junitIsWellFormedWithOneTestcasePerCheck() throws Exception {
    String xml = SmokeRenderer.render(report, SmokeRenderer.Format.JUNIT);

    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(xml)));
    Element suite = doc.getDocumentElement();
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("skipped"));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertEquals("THROTTLED", failure.getAttribute("type"));
    assertEquals("Throttling <x>", failure.getAttribute("message"));
    assertEquals(
        "0.310", ((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("time"));
  }

  @Test
  void jsonCarriesEveryField() {
    var json = Json.parse(SmokeRenderer.render(report, SmokeRenderer.Format.JSON)).orElseThrow();

    assertEquals(false, json.path("passed").asBoolean());
    assertEquals("THROTTLED", json.path("results").get(1).path("diagnosis").path("kind").asText());
    assertEquals(4, json.path("results").get(1).path("attempts").asInt());
    assertTrue(json.path("results").get(1).path("latencyMs").isNull());
  }
}
