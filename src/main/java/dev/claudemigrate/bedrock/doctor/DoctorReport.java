package dev.claudemigrate.bedrock.doctor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claudemigrate.bedrock.Json;
import java.util.List;
import java.util.Locale;

/**
 * What the doctor found, in order, with text and JSON renderings.
 *
 * @param modelId the model or profile ID smoke would call
 * @param items the findings
 */
public record DoctorReport(String modelId, List<DoctorItem> items) {

  public DoctorReport {
    items = List.copyOf(items);
  }

  /** Whether nothing is NOT_READY. */
  public boolean ready() {
    return items.stream().noneMatch(i -> i.status() == DoctorItem.Status.NOT_READY);
  }

  public String text() {
    StringBuilder out = new StringBuilder("migrate doctor: " + modelId + "\n");
    int width = items.stream().mapToInt(i -> i.name().length()).max().orElse(10);
    for (DoctorItem i : items) {
      out.append(
          String.format(
              Locale.ROOT, "%-9s  %-" + width + "s  %s%n", i.status(), i.name(), i.detail()));
      if (i.fix() != null) {
        out.append(" ".repeat(11)).append("fix: ").append(i.fix()).append('\n');
      }
    }
    long blocking = items.stream().filter(i -> i.status() == DoctorItem.Status.NOT_READY).count();
    out.append(
        blocking == 0 ? "ready: run 'migrate smoke' next\n" : blocking + " item(s) not ready\n");
    return out.toString();
  }

  public String json() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("model", modelId);
    root.put("ready", ready());
    ArrayNode list = root.putArray("items");
    for (DoctorItem i : items) {
      ObjectNode n = list.addObject();
      n.put("name", i.name());
      n.put("status", i.status().name());
      n.put("detail", i.detail());
      n.put("fix", i.fix());
    }
    return Json.write(root) + "\n";
  }
}
