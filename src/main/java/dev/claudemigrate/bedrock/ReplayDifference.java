package dev.claudemigrate.bedrock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Says in one line why a replayed request has no recorded answer: the first difference from the
 * closest recorded request of the same operation (model, query, header, then the first differing
 * body field), or that every recorded answer to it was used already.
 */
final class ReplayDifference {
  private ReplayDifference() {}

  static String explain(WireRequest wire, List<Exchange> all, List<Exchange> unused) {
    String what = wire.operation() + (wire.resource() == null ? "" : " " + wire.resource());
    if (all.stream().anyMatch(e -> e.sameRequest(wire))) {
      return "the recording's answers to this " + what + " request were all used already";
    }
    List<Exchange> sameOperation =
        all.stream().filter(e -> e.operation().equals(wire.operation())).toList();
    if (sameOperation.isEmpty()) {
      return "the recording has no " + wire.operation() + " request (" + wire.path() + ")";
    }
    Exchange closest =
        sameOperation.stream().min(Comparator.comparingInt(e -> distance(e, wire))).orElseThrow();
    return "no recorded " + wire.operation() + " request matches: " + first(closest, wire);
  }

  /** How far a recorded request is from {@code wire}: a different model counts most. */
  private static int distance(Exchange e, WireRequest wire) {
    int d = Objects.equals(e.resource(), wire.resource()) ? 0 : 1000;
    d += e.query().equals(wire.query()) ? 0 : 100;
    d += e.requestHeaders() == null || e.requestHeaders().equals(wire.headers()) ? 0 : 10;
    return d + differences(e.request(), wire.body());
  }

  private static String first(Exchange e, WireRequest wire) {
    if (!Objects.equals(e.resource(), wire.resource())) {
      return "model "
          + wire.resource()
          + " was not recorded (the recording has "
          + e.resource()
          + ")";
    }
    if (!e.query().equals(wire.query())) {
      return "query " + wire.query() + " differs from the recorded " + e.query();
    }
    if (e.requestHeaders() != null && !e.requestHeaders().equals(wire.headers())) {
      return header(e.requestHeaders(), wire.headers());
    }
    return "body " + field("", e.request(), wire.body()).orElse("differs");
  }

  private static String header(Map<String, String> recorded, Map<String, String> sent) {
    TreeSet<String> names = new TreeSet<>(recorded.keySet());
    names.addAll(sent.keySet());
    for (String n : names) {
      if (!Objects.equals(recorded.get(n), sent.get(n))) {
        return "header " + n + " is " + show(sent.get(n)) + ", recorded " + show(recorded.get(n));
      }
    }
    return "headers differ";
  }

  /** The first differing field, as {@code path is X, recorded Y}, keys in sorted order. */
  private static Optional<String> field(String path, JsonNode recorded, JsonNode sent) {
    if (Objects.equals(recorded, sent)) {
      return Optional.empty();
    }
    String at = path.isEmpty() ? "(whole body)" : path;
    if (recorded == null || sent == null || recorded.getNodeType() != sent.getNodeType()) {
      return Optional.of(at + " is " + show(sent) + ", recorded " + show(recorded));
    }
    if (recorded.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      recorded.fieldNames().forEachRemaining(keys::add);
      sent.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        Optional<String> d =
            field(path.isEmpty() ? k : path + "." + k, recorded.get(k), sent.get(k));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    if (recorded.isArray()) {
      for (int i = 0; i < Math.min(recorded.size(), sent.size()); i++) {
        Optional<String> d = field(path + "[" + i + "]", recorded.get(i), sent.get(i));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.of(at + " has " + sent.size() + " items, recorded " + recorded.size());
    }
    return Optional.of(at + " is " + show(sent) + ", recorded " + show(recorded));
  }

  /** How many leaf values differ, to pick the closest recorded request. */
  private static int differences(JsonNode a, JsonNode b) {
    if (Objects.equals(a, b)) {
      return 0;
    }
    if (a == null || b == null || !a.isContainerNode() || a.getNodeType() != b.getNodeType()) {
      return 1;
    }
    int d = 0;
    if (a.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        d += differences(a.get(k), b.get(k));
      }
      return d;
    }
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      d += differences(a.get(i), b.get(i));
    }
    return d;
  }

  private static String show(Object value) {
    if (value == null) {
      return "absent";
    }
    String s = value instanceof JsonNode n ? Json.write(n) : String.valueOf(value);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
