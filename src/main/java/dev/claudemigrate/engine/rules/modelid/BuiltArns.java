package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.engine.source.SourceFile;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A foundation-model ARN that code builds from a model ID ({@code
 * f"arn:aws:bedrock:{region}::foundation-model/{model_id}"}, CloudFormation {@code !Sub
 * ...foundation-model/${ModelId}}, {@code "...foundation-model/" + modelId}), as
 * RetrieveAndGenerate and IAM policies take it. A base ID in such a file may be what fills it:
 * rewritten to an inference profile ID it gives an ARN that names no foundation model, and a Claude
 * 4.x model is not invoked on demand through a foundation-model ARN anyway. The ARN and the ID
 * change together, by hand. An embedding or reranking model's ARN ({@code {embedding_model_id}})
 * says nothing of the ID.
 */
final class BuiltArns {
  private static final Pattern BUILT =
      Pattern.compile(
          "foundation-model/(?:\\$?\\{\\s*([\\w.]*)|[\"'`]\\s*\\+\\s*([\\w.]+)|%s|[\"']\\s*\\.\\s*([\\w.]+))");

  private static final Pattern OTHER_USE = Pattern.compile("(?i)embed|rerank|titan|cohere");

  private BuiltArns() {}

  /** Where the first foundation-model ARN built from a (non-embedding) model ID starts, if any. */
  static OptionalInt at(SourceFile file) {
    String text = file.text();
    if (!text.contains("foundation-model/")) {
      return OptionalInt.empty();
    }
    Matcher m = BUILT.matcher(text);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (name == null || !OTHER_USE.matcher(name).find()) {
        return OptionalInt.of(m.start());
      }
    }
    return OptionalInt.empty();
  }
}
