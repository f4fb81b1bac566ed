package dev.claudemigrate.engine.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.engine.model.Edit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class RemovalsTest {
  private static Map<Integer, Removals.Planned> remove(String text, String... elements) {
    Map<Integer, BiFunction<String, Integer, List<Edit>>> places = new LinkedHashMap<>();
    for (String e : elements) {
      int at = text.indexOf(e);
      places.put(
          at, (current, place) -> ListElements.remove(current, place, place + e.length(), ','));
    }
    return Removals.plan(text, places);
  }

  private static String applied(String text, Map<Integer, Removals.Planned> planned) {
    List<Edit> all = new ArrayList<>();
    planned.values().forEach(p -> all.addAll(p.edits()));
    return Removals.apply(text, all);
  }

  @Test
  void separatedElementsKeepTheirOwnEdits() {
    String text = "[\"x\", \"y\", \"z\"]";
    Map<Integer, Removals.Planned> p = remove(text, "\"x\"", "\"y\"");
    assertEquals("[\"z\"]", applied(text, p));
    assertTrue(
        p.values().stream().allMatch(x -> !x.edits().isEmpty() && x.joinedTo() == null),
        p.toString());
  }

  @Test
  void neighboursAtTheEndAreOneJointEdit() {
    String text = "[\"a\", \"x\", \"y\"]";
    Map<Integer, Removals.Planned> p = remove(text, "\"x\"", "\"y\"");
    assertEquals("[\"a\"]", applied(text, p));
    Removals.Planned x = p.get(text.indexOf("\"x\""));
    Removals.Planned y = p.get(text.indexOf("\"y\""));
    assertEquals(1, x.edits().size());
    assertNull(x.joinedTo());
    assertEquals(text.indexOf("\"x\""), y.joinedTo());
    assertEquals(
        "[\"a\"]", Removals.apply(text, x.edits()), "the carrier's edit is right on its own");
  }

  @Test
  void removingEveryElementLeavesOneForAPerson() {
    String text = "[\"x\", \"y\"]";
    Map<Integer, Removals.Planned> p = remove(text, "\"x\"", "\"y\"");
    assertEquals("[\"x\"]", applied(text, p));
    assertTrue(p.get(text.indexOf("\"x\"")).edits().isEmpty());
  }

  @Test
  void aSinglePlaceKeepsItsOwnEditOrNone() {
    String text = "[\"a\", \"x\"]";
    Map<Integer, Removals.Planned> p = remove(text, "\"x\"");
    assertEquals("[\"a\"]", applied(text, p));
    assertNull(p.get(text.indexOf("\"x\"")).joinedTo());
    Map<Integer, BiFunction<String, Integer, List<Edit>>> cannot = new LinkedHashMap<>();
    cannot.put(1, (current, place) -> List.of());
    assertEquals(Map.of(1, new Removals.Planned(List.of(), null)), Removals.plan(text, cannot));
  }

  @Test
  void aSinglePlaceWhoseEditsOverlapGetsNone() {
    String text = "abcdef";
    Map<Integer, BiFunction<String, Integer, List<Edit>>> places = new LinkedHashMap<>();
    places.put(1, (current, place) -> List.of(new Edit(1, 3, ""), new Edit(2, 4, "")));
    assertTrue(Removals.plan(text, places).get(1).edits().isEmpty());
    places.put(1, (current, place) -> List.of(new Edit(1, 2, ""), new Edit(3, 4, "")));
    assertEquals("acef", applied(text, Removals.plan(text, places)));
  }
}
