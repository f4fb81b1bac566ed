package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.engine.source.Language;
import dev.claudemigrate.engine.source.LineIndex;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.CharPairs;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a place in a file is an IAM policy resource: such ARNs grant access to a model
 * and are not uses to migrate (a policy must keep granting the old model until it is gone).
 */
final class PolicyScopes {
  /**
   * A resource key on the same line before the value: {@code "Resource": "arn..."}, {@code
   * resources = [}, {@code Resource:}.
   */
  /** The quote that opens a value, at the end of the text before it. */
  private static final Pattern OPENING_QUOTE = Pattern.compile("[\"'`]$");

  private static final Pattern RESOURCE_KEY =
      Pattern.compile("(?i)[\"']?\\b(?:not)?resources?[\"']?\\s*[:=]\\s*\\[?\\s*$");

  private static final Pattern TF_POLICY_BLOCK =
      Pattern.compile(
          "(?m)^\\s*(?:resource\\s+\"aws_iam_[a-z_]*policy[a-z_]*\"|data\\s+\"aws_iam_policy_document\")[^{\\n]*\\{");
  private static final Pattern CFN_IAM_TYPE =
      Pattern.compile("[\"']?Type[\"']?\\s*:\\s*[\"']?AWS::IAM::[A-Za-z]+");

  private final SourceFile file;
  private final List<int[]> blocks = new ArrayList<>();

  private PolicyScopes(SourceFile file) {
    this.file = file;
  }

  /** The policy scopes of {@code file}: Terraform IAM blocks and CloudFormation IAM resources. */
  static PolicyScopes of(SourceFile file) {
    PolicyScopes s = new PolicyScopes(file);
    String text = file.text();
    if (file.language() == Language.TERRAFORM) {
      Matcher m = TF_POLICY_BLOCK.matcher(text);
      while (m.find()) {
        s.blocks.add(new int[] {m.start(), TextScan.matchingClose(text, m.end() - 1)});
      }
    }
    Matcher t = CFN_IAM_TYPE.matcher(text);
    boolean iam =
        CharPairs.contains(text, "AWS::IAM::"); // in every match: skip the pattern when absent
    while (iam && t.find()) {
      s.blocks.add(
          file.language() == Language.YAML
              ? s.yamlResource(t.start())
              : s.enclosingObject(t.start()));
    }
    return s;
  }

  /** Whether {@code offset} is inside an IAM policy resource value or an IAM block. */
  boolean isPolicyResource(int offset) {
    for (int[] b : blocks) {
      if (offset >= b[0] && offset < b[1]) {
        return true;
      }
    }
    return resourceKeyBefore(offset) || resourceInsideList(offset) || resourceYamlItem(offset);
  }

  private boolean resourceKeyBefore(int offset) {
    int lineStart = file.lines().lineStart(file.lines().line(offset));
    String before = file.text().substring(lineStart, offset);
    // Strip the quote that opens the value itself.
    String head = OPENING_QUOTE.matcher(before).replaceAll("");
    return RESOURCE_KEY.matcher(head).find();
  }

  private boolean resourceInsideList(int offset) {
    int open = TextScan.unclosedBefore(file.text(), offset, '[', ']');
    if (open < 0) {
      return false;
    }
    String before = file.text().substring(Math.max(0, open - 80), open + 1);
    return RESOURCE_KEY.matcher(before).find();
  }

  /** A YAML block sequence item whose parent key is {@code Resource:}. */
  private boolean resourceYamlItem(int offset) {
    LineIndex li = file.lines();
    int line = li.line(offset);
    String own = file.lineText(line);
    if (!own.stripLeading().startsWith("- ")) {
      return false;
    }
    int indent = TextScan.indent(own);
    for (int l = line - 1; l >= 1; l--) {
      String t = file.lineText(l);
      if (t.isBlank()
          || TextScan.indent(t) > indent
          || t.stripLeading().startsWith("- ") && TextScan.indent(t) == indent) {
        continue;
      }
      return RESOURCE_KEY.matcher(t).find();
    }
    return false;
  }

  private int[] yamlResource(int typeOffset) {
    int line = file.lines().line(typeOffset);
    int typeIndent = TextScan.indent(file.lineText(line));
    int head = line;
    while (head > 1
        && (file.lineText(head).isBlank() || TextScan.indent(file.lineText(head)) >= typeIndent)) {
      head--;
    }
    int headIndent = TextScan.indent(file.lineText(head));
    int last = line;
    LineIndex li = file.lines();
    while (last < li.lineCount()
        && (file.lineText(last + 1).isBlank()
            || TextScan.indent(file.lineText(last + 1)) > headIndent)) {
      last++;
    }
    return new int[] {li.lineStart(head), li.lineEnd(last, file.text())};
  }

  private int[] enclosingObject(int offset) {
    int open = TextScan.unclosedBefore(file.text(), offset, '{', '}');
    if (open < 0) {
      return new int[] {0, 0};
    }
    return new int[] {open, TextScan.matchingClose(file.text(), open)};
  }
}
