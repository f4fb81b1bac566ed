package dev.claudemigrate.bedrock.smoke;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.Json;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Renders a {@link SmokeReport} as text for people, JSON for scripts, or JUnit XML for CI. */
public final class SmokeRenderer {
  /** The output formats of --format. */
  public enum Format {
    TEXT,
    JSON,
    JUNIT
  }

  private SmokeRenderer() {}

  public static String render(SmokeReport report, Format format) {
    return switch (format) {
      case TEXT -> text(report);
      case JSON -> json(report);
      case JUNIT -> junit(report);
    };
  }

  static String text(SmokeReport r) {
    StringBuilder out = new StringBuilder();
    out.append("migrate smoke: ")
        .append(r.modelName())
        .append(" (")
        .append(r.modelId())
        .append(") in ")
        .append(r.region())
        .append('\n');
    int width = r.results().stream().mapToInt(c -> c.name().length()).max().orElse(8);
    for (CheckResult c : r.results()) {
      out.append(String.format(Locale.ROOT, "%-4s  %-" + width + "s", c.status(), c.name()));
      if (c.status() != CheckResult.Status.SKIP) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %8s  %6d in %6d out  %10s",
                latency(c),
                c.inputTokens(),
                c.outputTokens(),
                dollars(c.cost())));
      }
      out.append("  ").append(c.detail()).append('\n');
      if (c.diagnosis() != null) {
        out.append("      diagnosis: ").append(c.diagnosis().kind()).append('\n');
        out.append("      fix: ").append(c.diagnosis().fix()).append('\n');
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%d passed, %d failed, %d skipped; estimated cost %s%n",
            r.count(CheckResult.Status.PASS),
            r.count(CheckResult.Status.FAIL),
            r.count(CheckResult.Status.SKIP),
            dollars(r.totalCost())));
    return out.toString();
  }

  static String json(SmokeReport r) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("model", r.modelId());
    root.put("modelName", r.modelName());
    root.put("region", r.region());
    root.put("passed", r.passed());
    root.put("totalCostUsd", r.totalCost());
    ArrayNode results = root.putArray("results");
    for (CheckResult c : r.results()) {
      ObjectNode n = results.addObject();
      n.put("name", c.name());
      n.put("check", c.check().id());
      n.put("status", c.status().name().toLowerCase(Locale.ROOT));
      n.put("latencyMs", c.latencyMs());
      n.put("inputTokens", c.inputTokens());
      n.put("outputTokens", c.outputTokens());
      n.put("costUsd", c.cost());
      n.put("attempts", c.attempts());
      n.put("detail", c.detail());
      if (c.diagnosis() != null) {
        ObjectNode d = n.putObject("diagnosis");
        d.put("kind", c.diagnosis().kind().name());
        d.put("message", c.diagnosis().message());
        d.put("fix", c.diagnosis().fix());
      }
    }
    return Json.write(root) + "\n";
  }

  static String junit(SmokeReport r) {
    StringWriter s = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(s);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "migrate smoke " + r.modelId() + " " + r.region());
      x.writeAttribute("tests", String.valueOf(r.results().size()));
      x.writeAttribute("failures", String.valueOf(r.count(CheckResult.Status.FAIL)));
      x.writeAttribute("skipped", String.valueOf(r.count(CheckResult.Status.SKIP)));
      x.writeAttribute("errors", "0");
      for (CheckResult c : r.results()) {
        testcase(x, r, c);
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

  private static void testcase(XMLStreamWriter x, SmokeReport r, CheckResult c)
      throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeStartElement("testcase");
    x.writeAttribute("classname", "migrate.smoke." + r.region());
    x.writeAttribute("name", c.name());
    x.writeAttribute(
        "time", c.latencyMs() == null ? "0" : BigDecimal.valueOf(c.latencyMs(), 3).toPlainString());
    if (c.status() == CheckResult.Status.FAIL) {
      x.writeStartElement("failure");
      x.writeAttribute("type", c.diagnosis() == null ? "FAIL" : c.diagnosis().kind().name());
      x.writeAttribute("message", c.detail());
      x.writeCharacters(c.diagnosis() == null ? c.detail() : "fix: " + c.diagnosis().fix());
      x.writeEndElement();
    } else if (c.status() == CheckResult.Status.SKIP) {
      x.writeEmptyElement("skipped");
      x.writeAttribute("message", c.detail());
    }
    x.writeStartElement("system-out");
    x.writeCharacters(
        String.format(
            Locale.ROOT,
            "tokens in %d out %d, attempts %d, estimated cost %s",
            c.inputTokens(),
            c.outputTokens(),
            c.attempts(),
            dollars(c.cost())));
    x.writeEndElement();
    x.writeEndElement();
  }

  private static String latency(CheckResult c) {
    return c.latencyMs() == null ? "-" : c.latencyMs() + " ms";
  }

  static String dollars(BigDecimal cost) {
    return cost == null ? "n/a" : "$" + cost.setScale(6, RoundingMode.HALF_UP).toPlainString();
  }
}
