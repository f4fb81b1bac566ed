package dev.claudemigrate.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class SharedBudgetTest {
  @Test
  void whatASmallSectionDoesNotNeedGoesToTheOthersEvenly() {
    // 900 to share: 100 each is the least; 600 left. The middle one wants 50 more, the others get
    // the rest split evenly (275 each), not more than they want.
    assertArrayEquals(
        new int[] {375, 150, 375},
        SharedBudget.shares(900, new int[] {100, 100, 100}, new int[] {1_000, 150, 1_000}));
    assertArrayEquals(
        new int[] {300, 150, 450},
        SharedBudget.shares(900, new int[] {100, 100, 100}, new int[] {300, 150, 1_000}));
  }

  @Test
  void whenEvenTheLeastDoesNotFitEachGetsItsLeast() {
    assertArrayEquals(
        new int[] {100, 200}, SharedBudget.shares(150, new int[] {100, 200}, new int[] {500, 900}));
  }

  @Test
  void sectionsThatFitTogetherAreRenderedAsAlone() {
    List<IntFunction<String>> sections = List.of(b -> "a".repeat(Math.min(b, 40)), b -> "bb");
    assertEquals(List.of("a".repeat(40), "bb"), SharedBudget.render(100, sections));
    // Too long together: the first is rendered again for what the second leaves.
    assertEquals(List.of("a".repeat(28), "bb"), SharedBudget.render(30, sections));
  }
}
