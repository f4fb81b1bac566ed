package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enum whose members are named for the models they hold, two or more of them ({@code class
 * AWSModelName(StrEnum): BEDROCK_CLAUDE_3_5_SONNET_V1 =
 * "anthropic.claude-3-5-sonnet-20240620-v1:0"; BEDROCK_CLAUDE_3_5_SONNET_V2 =
 * "us.anthropic.claude-3-5-sonnet-20241022-v2:0"}). An enum is a closed set of accepted values:
 * clients send them, a schema validates them, a table maps each to what is called. Rewriting a
 * member's value makes its name lie and changes what is accepted; a member for the target is added
 * by hand instead. A lone member ({@code enum SupportedModel { CLAUDE_SONNET_4_5("...") }}) is the
 * application's choice of model, and plain constants (a module's {@code CLAUDE_3_7_SONNET = "..."},
 * a class of constants) are the IDs the code calls with: both are rewritten (ADR 0110).
 */
final class NamedEnumMembers {
  /** How many lines above the ID its enum's declaration may stand. */
  private static final int REACH = 60;

  /** A type declaration: indentation, keyword, name, the rest of its line. */
  private static final Pattern TYPE =
      Pattern.compile(
          "(?m)^([ \\t]*)(?:(?:public|private|protected|internal|final|abstract|sealed|open|data"
              + "|static|export|declare|const|pub(?:\\([a-z]+\\))?|default)\\s+)*"
              + "(class|module|struct|object|enum|record|trait|interface|impl)\\s+(?:class\\s+)?"
              + "[A-Za-z_]\\w*([^\\n]*)");

  /** A Python class that derives from an enum ({@code (StrEnum)}, {@code (str, Enum)}). */
  private static final Pattern PYTHON_ENUM_BASES = Pattern.compile("^\\s*\\([^)]*Enum\\b");

  /** A revision at the end of a member's name ({@code _V1}, {@code V2}): not the version. */
  private static final Pattern REVISION = Pattern.compile("(?i)_?v\\d$");

  private NamedEnumMembers() {}

  /**
   * Whether {@code m} is the value of an enum member named for its model, and another member of the
   * same enum holds a model ID and is named for it too.
   */
  static boolean inNamedEnum(SourceFile file, IdMatch m, List<IdMatch> all) {
    if (!namedForItsModel(file.text(), m)) {
      return false;
    }
    Optional<Integer> owner = enumOf(file, m);
    return owner.isPresent()
        && all.stream()
            .anyMatch(
                o ->
                    o.start() != m.start()
                        && namedForItsModel(file.text(), o)
                        && enumOf(file, o).equals(owner));
  }

  private static boolean namedForItsModel(String text, IdMatch m) {
    return PerModelTypes.boundName(text, m)
        .filter(
            name ->
                PerModelTypes.namesVersion(name, m)
                    || PerModelTypes.namesVersion(REVISION.matcher(name).replaceFirst(""), m))
        .isPresent();
  }

  /**
   * The offset of the enum declaration {@code m} is a member of: the nearest type declaration above
   * it, within {@link #REACH} lines, is an enum and is indented less than {@code m}'s line.
   */
  private static Optional<Integer> enumOf(SourceFile file, IdMatch m) {
    String text = file.text();
    LineIndex lines = file.lines();
    int from = lines.lineStart(Math.max(1, lines.line(m.start()) - REACH));
    Matcher t = TYPE.matcher(text).region(from, m.start());
    Integer at = null;
    boolean isEnum = false;
    int indent = 0;
    while (t.find()) {
      at = t.start();
      indent = t.group(1).length();
      isEnum =
          t.group(2).equals("enum")
              || (t.group(2).equals("class") && PYTHON_ENUM_BASES.matcher(t.group(3)).find());
    }
    int lineStart = TextScan.lineStart(text, m.start());
    int memberIndent = TextScan.skipWhite(text, lineStart) - lineStart;
    return at != null && isEnum && memberIndent > indent && inBody(text, at, indent, m.start())
        ? Optional.of(at)
        : Optional.empty();
  }

  /**
   * Whether {@code at} stands in the body of the declaration at {@code declaration}: a line at its
   * level before it (a function after a Python enum, the brace that closes a Java one) ends the
   * body (holdout18: a table in a function below an enum read as the enum's members).
   */
  private static boolean inBody(String text, int declaration, int indent, int at) {
    return TextScan.indentedBlockEnd(text, declaration, indent) > at;
  }
}
