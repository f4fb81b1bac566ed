package dev.claudemigrate.engine;

import dev.claudemigrate.engine.files.ByteMatcher;
import dev.claudemigrate.engine.files.FileContents;
import dev.claudemigrate.engine.rule.Rule;
import dev.claudemigrate.engine.rule.RuleContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides from a file's raw bytes, in one pass, which rules can find anything in it (a rule's
 * trigger string occurs), whether it holds a suppression marker, whether it mentions a region, and
 * whether it has a NUL byte (a hint that it is binary). Immutable and shared by the scan's threads.
 */
final class Prefilter {
  private static final List<String> REGION_WORDS = List.of("egion", "EGION");

  /**
   * Words the project survey asks of a kept file's bytes before it decodes one (docs/adr/0113,
   * 0115), answered by the same pass: asked afterwards, each was another search of every candidate
   * file's bytes, on one thread.
   */
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  enum Word {
    /** Python's {@code StrEnum}, {@code (str, Enum)}; the {@code enum} keyword of Java, etc. */
    ENUM("Enum", "enum "),
    /** A dated tool type's date ({@code text_editor_20250124}). */
    DATED("_20"),
    /** A computer or bash tool type's start. */
    COMPUTER_OR_BASH("computer_", "bash_");

    final List<String> texts;

    Word(String... texts) {
      this.texts = List.of(texts);
    }
  }

  private final ByteMatcher matcher;

  /**
   * For each pattern id, the index of the rule it triggers, or -1 for the marker and region words.
   */
  private final int[] ruleOf;

  private final int markerId;
  private final int nulId;
  private final int firstRegionId;
  private final int firstWordId;

  /** For each pattern id from {@link #firstWordId} on, its {@link Word}. */
  private final Word[] wordOf;

  private static final Hit NOTHING = new Hit(new BitSet(0), false, false, false, Set.of());

  /**
   * What the prefilter saw in one file; its bit set is never changed after the probe.
   *
   * @param words the {@link Word}s found
   */
  record Hit(BitSet rules, boolean marker, boolean regionWord, boolean nul, Set<Word> words) {
    boolean anyRule() {
      return !rules.isEmpty();
    }

    boolean has(Word word) {
      return words.contains(word);
    }
  }

  Prefilter(List<Rule> rules, RuleContext ctx) {
    List<String> patterns = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      for (String trigger : rules.get(i).triggers(ctx)) {
        patterns.add(trigger);
        owners.add(i);
      }
    }
    markerId = patterns.size();
    patterns.add(InlineSuppressions.MARKER);
    nulId = patterns.size();
    patterns.add(
        "\0"); // binary files are rare: look for NUL in the same pass, probe precisely only then
    firstRegionId = patterns.size();
    patterns.addAll(REGION_WORDS);
    firstWordId = patterns.size();
    List<Word> words = new ArrayList<>();
    for (Word w : Word.values()) {
      for (String text : w.texts) {
        patterns.add(text);
        words.add(w);
      }
    }
    wordOf = words.toArray(new Word[0]);
    ruleOf = new int[patterns.size()];
    for (int id = 0; id < ruleOf.length; id++) {
      ruleOf[id] = id < owners.size() ? owners.get(id) : -1;
    }
    matcher = ByteMatcher.of(patterns);
  }

  /**
   * Searches the bytes; UTF-16 text is searched in its UTF-8 form, so triggers match in any
   * encoding.
   */
  Hit probe(byte[] bytes) {
    return probe(bytes, bytes.length);
  }

  /** Searches the first {@code length} bytes of {@code bytes} (a reused read buffer). */
  Hit probe(byte[] bytes, int length) {
    BitSet found;
    if (length >= 2 && FileContents.hasUtf16Bom(bytes)) {
      found =
          matcher.find(
              new String(bytes, 0, length, StandardCharsets.UTF_16)
                  .getBytes(StandardCharsets.UTF_8));
    } else {
      found = matcher.findOrNull(bytes, length);
    }
    if (found == null || found.isEmpty()) {
      return NOTHING; // shared: a scan keeps one Hit per file until the end
    }
    BitSet rules = new BitSet();
    boolean region = false;
    Set<Word> words = EnumSet.noneOf(Word.class);
    for (int id = found.nextSetBit(0); id >= 0; id = found.nextSetBit(id + 1)) {
      if (ruleOf[id] >= 0) {
        rules.set(ruleOf[id]);
      } else if (id >= firstWordId) {
        words.add(wordOf[id - firstWordId]);
      } else if (id >= firstRegionId) {
        region = true;
      }
    }
    return new Hit(rules, found.get(markerId), region, found.get(nulId), words);
  }
}
