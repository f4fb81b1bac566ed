package dev.claudemigrate.engine.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class LastAnswerTest {
  private final LastAnswer<String> last = new LastAnswer<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final List<String> asked = new ArrayList<>();

  /** Captures nothing of the test's locals: what it is asked about comes in as its arguments. */
  private final BiFunction<String, Integer, String> answer =
      (subject, detail) -> {
        calls.incrementAndGet();
        asked.add(subject + "@" + detail);
        return subject.toUpperCase() + detail;
      };

  @Test
  void theSameQuestionAgainIsAnsweredFromTheLastAnswer() {
    String text = new String("abc");
    String first = last.get(text, 7, answer);
    String second = last.get(text, 7, answer);
    assertEquals("ABC7", first);
    assertSame(first, second);
    assertEquals(1, calls.get());
  }

  @Test
  void theFunctionIsGivenTheSubjectAndTheDetail() {
    last.get("xyz", 3, answer);
    assertEquals(List.of("xyz@3"), asked);
  }

  @Test
  void anotherDetailOrAnEqualButOtherSubjectIsAskedAnew() {
    String text = new String("abc");
    String equalText = new String("abc");
    last.get(text, 1, answer);
    last.get(text, 2, answer); // another detail (compared by equals)
    last.get(text, Integer.valueOf(2), answer); // an equal detail: the last answer
    last.get(equalText, 2, answer); // an equal text is another subject (compared by identity)
    assertEquals(3, calls.get());
    assertEquals(List.of("abc@1", "abc@2", "abc@2"), asked);
  }

  @Test
  void onlyTheLastQuestionIsKept() {
    String a = new String("a");
    String b = new String("b");
    last.get(a, null, answer);
    last.get(b, null, answer);
    last.get(a, null, answer);
    assertEquals(3, calls.get());
  }

  @Test
  void eachThreadKeepsItsOwnAnswer() throws InterruptedException {
    String text = new String("abc");
    last.get(text, 1, answer);
    Thread other = new Thread(() -> last.get(text, 1, answer));
    other.start();
    other.join();
    last.get(text, 1, answer); // this thread's answer is still its own
    assertEquals(2, calls.get());
  }
}
