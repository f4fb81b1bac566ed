package dev.claudemigrate.eval.report;

import dev.claudemigrate.eval.CaseComparison;
import dev.claudemigrate.eval.CaseResult;
import dev.claudemigrate.eval.EvalReport;
import dev.claudemigrate.eval.ModelStats;
import dev.claudemigrate.eval.Outcome;
import dev.claudemigrate.eval.Side;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as JUnit XML for CI test views: one test suite per model, one test case per case (its
 * repeats together); a failed check is a {@code failure}, a failed call an {@code error}.
 */
public final class JunitReport {
  private JunitReport() {}

  public static String render(EvalReport r) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "migrate eval");
      x.writeAttribute("tests", String.valueOf(r.cases().size() * 2));
      suite(x, r, Side.BASELINE, r.baseline());
      suite(x, r, Side.CANDIDATE, r.candidate());
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit report", e);
    }
    return out + "\n";
  }

  private static void suite(XMLStreamWriter x, EvalReport r, Side side, ModelStats stats)
      throws XMLStreamException {
    List<CaseComparison> cases = r.cases();
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", side.wireName() + ": " + stats.model());
    x.writeAttribute("tests", String.valueOf(cases.size()));
    x.writeAttribute(
        "failures",
        String.valueOf(cases.stream().filter(c -> state(results(c, side)) == 'F').count()));
    x.writeAttribute(
        "errors",
        String.valueOf(cases.stream().filter(c -> state(results(c, side)) == 'E').count()));
    x.writeAttribute(
        "time", seconds(results(cases, side).stream().mapToLong(CaseResult::latencyMs).sum()));
    for (CaseComparison c : cases) {
      testcase(x, c, side, stats.model());
    }
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }

  private static void testcase(XMLStreamWriter x, CaseComparison c, Side side, String model)
      throws XMLStreamException {
    List<CaseResult> rs = results(c, side);
    x.writeCharacters("\n    ");
    x.writeStartElement("testcase");
    x.writeAttribute("classname", "eval." + side.wireName());
    x.writeAttribute("name", c.caseId() + " [" + model + "]");
    x.writeAttribute("time", seconds(rs.stream().mapToLong(CaseResult::latencyMs).sum()));
    char state = state(rs);
    if (state != 'P') {
      String regression =
          side == Side.CANDIDATE && c.outcome() == Outcome.REGRESSION ? "regression: " : "";
      CaseResult first = rs.stream().filter(res -> !res.passed()).findFirst().orElse(null);
      String detail =
          first == null ? "no result" : first.error() != null ? first.error() : Fmt.failures(first);
      x.writeStartElement(state == 'E' ? "error" : "failure");
      x.writeAttribute(
          "message",
          regression
              + Fmt.verdict(rs)
              + ": "
              + Fmt.cut(detail.lines().findFirst().orElse(""), 200));
      x.writeAttribute("type", state == 'E' ? "call-error" : "assertion");
      x.writeCharacters(detail);
      x.writeEndElement();
    }
    if (!rs.isEmpty()) {
      x.writeStartElement("system-out");
      x.writeCharacters(Fmt.answer(rs.get(0)));
      x.writeEndElement();
    }
    x.writeEndElement();
  }

  /** 'P' pass, 'F' failure, 'E' error, by the majority rule of {@link Outcome#verdict}. */
  private static char state(List<CaseResult> rs) {
    return switch (Outcome.verdict(rs)) {
      case PASS -> 'P';
      case FAIL -> 'F';
      case ERROR -> 'E';
    };
  }

  private static List<CaseResult> results(CaseComparison c, Side side) {
    return side == Side.BASELINE ? c.baseline() : c.candidate();
  }

  private static List<CaseResult> results(List<CaseComparison> cases, Side side) {
    return cases.stream().flatMap(c -> results(c, side).stream()).toList();
  }

  private static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
  }
}
