package dev.claudemigrate.engine.rule;

import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.regex.Pattern;

/**
 * The value of a {@code description} field in configuration (a Terraform variable, a CloudFormation
 * or SAM parameter, an OpenAPI or JSON schema property) is prose written for a person: an ID there
 * is an example or says what the default is ("like: us.anthropic.claude-..."). It reads as
 * documentation, so it is reported and rewritten only with {@code --include-docs}, like a Markdown
 * page; the value the field describes is rewritten as before. In an OpenAPI (Swagger) or JSON
 * Schema document the same holds for an {@code example} field: the schema shows what a client may
 * send, it does not send it.
 */
final class ProseFields {
  /**
   * The head of a line up to a match that stands in a description's value: the key, its separator
   * and, when the value is quoted, no closing quote before the match.
   */
  private static final Pattern DESCRIPTION_HEAD = fieldHead("description", "");

  /**
   * The same for an {@code example} field, which is prose only in a schema document; there the ID
   * may be the whole value.
   */
  private static final Pattern EXAMPLE_HEAD = fieldHead("example", "?");

  /** A line's head in the value of field {@code key}; {@code optional} "?" allows an empty one. */
  private static Pattern fieldHead(String key, String optional) {
    return Pattern.compile(
        "(?i)^\\s*(?:-\\s+)?([\"']?)"
            + key
            + "\\1\\s*[:=]\\s*(?:([\"'])(?:(?!\\2).)*|[^\"'\\s#{\\[<|>][^#]*)"
            + optional
            + "$");
  }

  /** An OpenAPI or Swagger document (a top-level version key), or a JSON Schema. */
  private static final Pattern SCHEMA_DOCUMENT =
      Pattern.compile("(?m)^\\s{0,4}[\"']?(?:swagger|openapi)[\"']?\\s*:|json-schema\\.org/");

  private ProseFields() {}

  /** The context to record for a match at {@code offset}: documentation in a description. */
  static Context contextAt(SourceFile file, int offset) {
    Context context = file.contextAt(offset);
    if (context != Context.CONFIG_VALUE && context != Context.STRING_LITERAL) {
      return context;
    }
    Language language = file.language();
    if (language != Language.TERRAFORM && language != Language.YAML && language != Language.JSON) {
      return context;
    }
    String head = file.text().substring(TextScan.lineStart(file.text(), offset), offset);
    boolean prose =
        DESCRIPTION_HEAD.matcher(head).find()
            || (EXAMPLE_HEAD.matcher(head).find() && SCHEMA_DOCUMENT.matcher(file.text()).find());
    return prose ? Context.DOCUMENTATION : context;
  }
}
