package dev.claudemigrate.engine.rules.prefill;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.catalog.Model;
import dev.claudemigrate.engine.requests.Constants;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.structure.Mapping;
import dev.claudemigrate.engine.syntax.structure.Member;
import dev.claudemigrate.engine.syntax.structure.Value;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The model a request names, as far as its file tells: a model ID in the request's model key
 * ({@code model}, {@code modelId}, {@code model_id}), or in the one initialiser of the name that
 * key holds ({@code model=MODEL} with {@code MODEL = "..."} in the same file). Anything else (a
 * parameter, an environment variable, an SDK constant) shows no model.
 */
final class RequestModel {
  private static final List<String> KEYS = List.of("model", "modelId", "model_id", "ModelId");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*");

  private RequestModel() {}

  static Optional<Model> of(
      SourceFile file, Mapping request, Catalog catalog, Constants constants) {
    for (String key : KEYS) {
      Optional<Member> member = request.member(key);
      if (member.isPresent()) {
        Value v = member.get().value();
        String text = v.text().strip();
        if (v.kind() == Value.Kind.OTHER && NAME.matcher(text).matches()) {
          text =
              constants.definition(text).map(r -> file.text().substring(r[0], r[1])).orElse(text);
        }
        return catalog.findIds(text).stream().findFirst().map(IdMatch::model);
      }
    }
    return Optional.empty();
  }
}
