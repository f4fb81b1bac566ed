package dev.claudemigrate.engine.rules.prefill;

import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Mappings;
import dev.claudemigrate.engine.syntax.structure.Member;
import dev.claudemigrate.engine.syntax.structure.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds requests written in one piece whose last message has the assistant role: a literal {@code
 * messages} list whose last element is {@code {"role": "assistant", ...}}, or an Anthropic Java SDK
 * builder whose last {@code add...Message} is {@code addAssistantMessage}. Lists built step by step
 * or passed in a variable are not judged: their last element is only known at run time.
 */
final class Prefills {
  private Prefills() {}

  /** Keys that make an object holding {@code messages} a model request (not, say, a transcript). */
  private static final List<String> REQUEST_KEYS =
      List.of(
          "model",
          "modelId",
          "max_tokens",
          "anthropic_version",
          "system",
          "inferenceConfig",
          "tools",
          "toolConfig");

  /** What may follow the last element inside the list: closing brackets and commas only. */
  private static final Pattern TAIL = Pattern.compile("[\\s,\\])}]*");

  /** An enum constant for the assistant role, e.g. {@code ConversationRole.ASSISTANT}. */
  private static final Pattern ROLE_CONSTANT = Pattern.compile("(?:[\\w.]+\\.)?ASSISTANT");

  /**
   * A request that ends in an assistant turn.
   *
   * @param request the object (or builder chain) of the request
   * @param role the {@code role} member of its last message, or its last {@code add...Message}
   */
  record Prefill(Mapping request, Member role) {}

  /** The requests that end in an assistant turn, each with the member that shows it. */
  static List<Prefill> of(SourceFile file) {
    List<Mapping> all = Mappings.of(file);
    List<Prefill> out = new ArrayList<>();
    for (Mapping request : all) {
      if (REQUEST_KEYS.stream().noneMatch(k -> request.member(k).isPresent())) {
        continue;
      }
      request
          .member("messages")
          .flatMap(messages -> lastElement(file, messages, all))
          .flatMap(last -> last.member("role"))
          .filter(role -> assistant(role.value()))
          .ifPresent(role -> out.add(new Prefill(request, role)));
      lastAddedMessage(request).ifPresent(call -> out.add(new Prefill(request, call)));
    }
    return out;
  }

  /**
   * The last element of a {@code messages} list literal when it is an object and nothing but
   * brackets follows it.
   */
  private static Optional<Mapping> lastElement(
      SourceFile file, Member messages, List<Mapping> all) {
    Value v = messages.value();
    if (v.kind() != Value.Kind.OTHER || !listLiteral(v.text())) {
      return Optional.empty();
    }
    List<Mapping> inside =
        all.stream()
            .filter(m -> m.start() > messages.keyEnd() && m.end() <= messages.end())
            .toList();
    List<Mapping> elements =
        inside.stream()
            .filter(m -> inside.stream().noneMatch(o -> o != m && contains(o, m)))
            .toList();
    Optional<Mapping> last = elements.stream().max(Comparator.comparingInt(Mapping::start));
    // YAML reports the ends of block collections past the last character: clamp to the text.
    int end = Math.min(messages.end(), file.text().length());
    return last.filter(
        m -> TAIL.matcher(file.text().substring(Math.min(m.end(), end), end)).matches());
  }

  /** {@code [...]} in code or configuration. */
  private static boolean listLiteral(String text) {
    return text.strip().startsWith("[");
  }

  private static boolean contains(Mapping outer, Mapping inner) {
    return outer.start() <= inner.start() && inner.end() <= outer.end();
  }

  private static boolean assistant(Value v) {
    return v.isString("assistant")
        || v.kind() == Value.Kind.OTHER && ROLE_CONSTANT.matcher(v.text().strip()).matches();
  }

  /**
   * The Anthropic Java SDK's builder: {@code .addUserMessage(q).addAssistantMessage("{")} ends the
   * conversation with the assistant.
   */
  private static Optional<Member> lastAddedMessage(Mapping builder) {
    Member last = null;
    for (Member m : builder.members()) {
      if (m.key().matches("add(User|Assistant)Message\\w*|addMessage")) {
        last = m;
      }
    }
    return Optional.ofNullable(last).filter(m -> m.key().startsWith("addAssistantMessage"));
  }
}
