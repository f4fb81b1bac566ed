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
 * page; the value the field describes is rewritten as before.
 */
final class ProseFields {
  /**
   * The head of a line up to a match that stands in a description's value: the key, its separator
   * and, when the value is quoted, no closing quote before the match.
   */
  private static final Pattern DESCRIPTION_HEAD =
      Pattern.compile(
          "(?i)^\\s*(?:-\\s+)?([\"']?)description\\1\\s*[:=]\\s*"
              + "(?:([\"'])(?:(?!\\2).)*|[^\"'\\s#{\\[<|>][^#]*)$");

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
    return DESCRIPTION_HEAD.matcher(head).find() ? Context.DOCUMENTATION : context;
  }
}
