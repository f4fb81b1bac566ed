package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CheckOrderTest {
  @Test
  void checksTheSmallestFilesFirstAndEveryFileOnce() {
    int[] sizes = {500, 20, 20, 7, 9000, 0, 64};
    int[] files = {0, 1, 2, 3, 4, 5, 6};
    CheckOrder.Plan plan = CheckOrder.of(files, i -> sizes[i], 1);
    // Equal sizes keep their order (1 before 2): the same run, the same order.
    assertArrayEquals(new int[] {5, 3, 1, 2, 6, 0, 4}, plan.order());
  }

  @Test
  void ordersOnlyTheFilesItIsGiven() {
    int[] sizes = {5, 4, 3, 2, 1};
    CheckOrder.Plan plan = CheckOrder.of(new int[] {0, 2, 4}, i -> sizes[i], 2);
    assertArrayEquals(new int[] {4, 2, 0}, plan.order());
  }

  @Test
  void slicesCoverTheOrderWithoutGapsAndHoldAtMostThirtyTwoFiles() {
    Random random = new Random(3);
    int[] sizes = random.ints(3000, 0, 6000).toArray();
    int[] files = IntStream.range(0, sizes.length).toArray();
    CheckOrder.Plan plan = CheckOrder.of(files, i -> sizes[i], 2);
    int[] starts = plan.starts();
    assertEquals(0, starts[0]);
    assertEquals(files.length, starts[starts.length - 1]);
    for (int s = 0; s < plan.slices(); s++) {
      int count = starts[s + 1] - starts[s];
      assertTrue(count >= 1 && count <= CheckOrder.MAX_FILES, "slice " + s + ": " + count);
    }
    int[] sorted = plan.order().clone();
    Arrays.sort(sorted);
    assertArrayEquals(files, sorted, "each file exactly once");
    for (int k = 1; k < files.length; k++) {
      assertTrue(sizes[plan.order()[k - 1]] <= sizes[plan.order()[k]], "ascending at " + k);
    }
  }

  @Test
  void aLargeFileAtTheEndIsASliceOfItsOwn() {
    // 200 small files and two large ones: the large ones come last, and a thread that takes one
    // must not also take the other (nor the small files before it) while the rest wait.
    int[] sizes = new int[202];
    Arrays.fill(sizes, 100);
    sizes[17] = 5_000_000;
    sizes[90] = 4_000_000;
    CheckOrder.Plan plan = CheckOrder.of(IntStream.range(0, 202).toArray(), i -> sizes[i], 2);
    int[] starts = plan.starts();
    int last = plan.slices() - 1;
    assertEquals(1, starts[last + 1] - starts[last]);
    assertEquals(17, plan.order()[starts[last]]);
    assertEquals(1, starts[last] - starts[last - 1]);
    assertEquals(90, plan.order()[starts[last - 1]]);
  }

  @Test
  void noFilesNoSlices() {
    CheckOrder.Plan plan = CheckOrder.of(new int[0], i -> 0, 4);
    assertEquals(0, plan.slices());
    assertEquals(0, plan.order().length);
  }
}
