package dev.claudemigrate.engine.syntax.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A key/value object of a request as written in a file: a dict, object literal, map, builder chain,
 * keyword-argument call, Kotlin DSL block, Go composite literal, or a JSON/YAML object.
 */
public final class Mapping {
  private final int start;
  private int end;
  private final List<Member> members = new ArrayList<>();
  private Mapping parent;
  private Member parentMember;

  Mapping(int start, int end) {
    this.start = start;
    this.end = end;
  }

  /** Character offset where the object starts. */
  public int start() {
    return start;
  }

  /** Character offset just past the object. */
  public int end() {
    return end;
  }

  /** The members in source order. */
  public List<Member> members() {
    return Collections.unmodifiableList(members);
  }

  /** The first member whose key matches {@code key} in any spelling (snake, camel, Pascal). */
  public Optional<Member> member(String key) {
    String want = Member.normalize(key);
    return members.stream().filter(m -> m.normalizedKey().equals(want)).findFirst();
  }

  /** The nested object under {@code key}, if that member's value is an object. */
  public Optional<Mapping> child(String key) {
    return member(key).map(Member::value).map(Value::mapping).filter(m -> m != null);
  }

  /** The object whose member value this object is, or null for a top-level object. */
  public Mapping parent() {
    return parent;
  }

  /** The member of {@link #parent()} that holds this object, or null. */
  public Member parentMember() {
    return parentMember;
  }

  void end(int end) {
    this.end = end;
  }

  void add(Member m) {
    members.add(m);
    if (m.value().mapping() != null
        && m.value().mapping() != this
        && m.value().mapping().parent == null) {
      m.value().mapping().parent = this;
      m.value().mapping().parentMember = m;
    }
  }

  @Override
  public String toString() {
    return "Mapping" + members.stream().map(Member::key).toList();
  }
}
