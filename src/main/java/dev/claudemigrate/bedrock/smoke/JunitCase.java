package dev.claudemigrate.bedrock.smoke;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.Diagnosis;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One JUnit {@code <testcase>} of a smoke report (built-in checks or project shapes): a failure
 * with the diagnosis kind and fix, a skip with its reason, and the details as {@code system-out}.
 *
 * @param classname the testcase class name ({@code migrate.smoke.REGION})
 * @param name the testcase name
 * @param latencyMs Bedrock's latency, or null
 * @param status pass, fail or skip
 * @param detail one line on what was seen
 * @param diagnosis why it failed, or null
 * @param out the {@code system-out} text
 */
public record JunitCase(
    String classname,
    String name,
    Long latencyMs,
    CheckResult.Status status,
    String detail,
    Diagnosis diagnosis,
    String out) {

  /** A JUnit XML document of one {@code <testsuite>} holding {@code cases}. */
  public static String suite(String name, List<JunitCase> cases) {
    StringWriter s = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", name);
      x.writeAttribute("tests", String.valueOf(cases.size()));
      x.writeAttribute("failures", String.valueOf(count(cases, CheckResult.Status.FAIL)));
      x.writeAttribute("skipped", String.valueOf(count(cases, CheckResult.Status.SKIP)));
      x.writeAttribute("errors", "0");
      for (JunitCase c : cases) {
        c.write(x);
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return s + "\n";
  }

  private static long count(List<JunitCase> cases, CheckResult.Status status) {
    return cases.stream().filter(c -> c.status() == status).count();
  }

  /** Adds {@code diagnosis} as {@code {kind, message, fix}} to a JSON result, when there is one. */
  public static void putDiagnosis(ObjectNode result, Diagnosis diagnosis) {
    if (diagnosis != null) {
      ObjectNode d = result.putObject("diagnosis");
      d.put("kind", diagnosis.kind().name());
      d.put("message", diagnosis.message());
      d.put("fix", diagnosis.fix());
    }
  }

  private void write(XMLStreamWriter x) throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeStartElement("testcase");
    x.writeAttribute("classname", classname);
    x.writeAttribute("name", name);
    x.writeAttribute(
        "time", latencyMs == null ? "0" : BigDecimal.valueOf(latencyMs, 3).toPlainString());
    if (status == CheckResult.Status.FAIL) {
      x.writeStartElement("failure");
      x.writeAttribute("type", diagnosis == null ? "FAIL" : diagnosis.kind().name());
      x.writeAttribute("message", detail);
      x.writeCharacters(diagnosis == null ? detail : "fix: " + diagnosis.fix());
      x.writeEndElement();
    } else if (status == CheckResult.Status.SKIP) {
      x.writeEmptyElement("skipped");
      x.writeAttribute("message", detail);
    }
    x.writeStartElement("system-out");
    x.writeCharacters(out);
    x.writeEndElement();
    x.writeEndElement();
  }
}
