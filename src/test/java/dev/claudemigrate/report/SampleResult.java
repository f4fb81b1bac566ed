package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.ScanStats;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.model.Suppression;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A fixed, hand-made scan result over a few small files, the input of every golden report test. */
final class SampleResult {
  static final String OLD = "anthropic.claude-3-5-sonnet-20241022-v2:0";
  static final String NEW = "us.anthropic.claude-sonnet-4-20250514-v1:0";

  static final RuleInfo MODEL_ID =
      new RuleInfo(
          "model-id",
          Category.MODEL_ID,
          Severity.ERROR,
          true,
          "Retired Claude model identifier",
          "Claude 3.5 Sonnet reaches end of life on Bedrock; calls with its identifiers will fail.",
          "https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html");
  static final RuleInfo TOOL_VERSION =
      new RuleInfo(
          "tool-version",
          Category.TOOL,
          Severity.WARNING,
          true,
          "Text-editor tool version not accepted by Claude 4",
          "Claude 4 models take text_editor_20250728 named str_replace_based_edit_tool.",
          "https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/text-editor-tool");
  static final RuleInfo BETA =
      new RuleInfo(
          "beta-header",
          Category.BETA,
          Severity.WARNING,
          true,
          "Beta value without effect on Claude 4",
          "Some beta values were for Claude 3.x only.",
          null);

  private SampleResult() {}

  static List<RuleInfo> rules() {
    return List.of(MODEL_ID, TOOL_VERSION, BETA);
  }

  static MigrationResult result() {
    return result(List.of("rule beta-header: 1 file too large to parse, matched lexically"));
  }

  static MigrationResult result(List<String> warnings) {
    List<FileReport> files = List.of(goFile(), docsFile(), pythonFile(), testFile());
    return new MigrationResult(
        Path.of("/work/project"),
        "sonnet-4",
        files,
        List.of(new FileError("data/broken.json", "not valid UTF-8 at byte 12")),
        List.of(
            new Suppression("src/old.py", 7, "model-id", "kept for the replay fixture", "inline")),
        warnings,
        new ScanStats(12, 5, 3, 4096, 42));
  }

  /** A Python file: a fixable ID, an ID in a comment, and a tool definition with two edits. */
  static FileReport pythonFile() {
    String text =
        "import boto3\n\nMODEL_ID = \""
            + OLD
            + "\"\n"
            + "# was claude-3-5-sonnet-20240620 before\n"
            + "tools = [{\"type\": \"text_editor_20241022\", \"name\": \"str_replace_editor\"}]\n";
    SourceFile f = SourceFiles.fromText("src/app.py", text);
    List<Finding> out = new ArrayList<>();
    out.add(
        replace(
            MODEL_ID,
            Severity.ERROR,
            f,
            OLD,
            NEW,
            "Claude 3.5 Sonnet v2 reaches end of life on Bedrock on 2026-07-30"));
    int c = text.indexOf("claude-3-5-sonnet-20240620");
    out.add(
        Findings.at(
            MODEL_ID,
            Severity.INFO,
            f,
            c,
            c + 26,
            "Claude 3.5 Sonnet v1 named in a comment",
            "claude-sonnet-4-20250514",
            List.of()));
    int t = text.indexOf("text_editor_20241022");
    int n = text.indexOf("str_replace_editor");
    out.add(
        Findings.at(
            TOOL_VERSION,
            f,
            t,
            t + 20,
            "text_editor_20241022 is not accepted by Claude Sonnet 4",
            "type text_editor_20250728, name str_replace_based_edit_tool",
            List.of(
                new Edit(t, t + 20, "text_editor_20250728"),
                new Edit(n, n + 18, "str_replace_based_edit_tool"))));
    return new FileReport(f, out);
  }

  /** A Go file in a folder with a space, tab-indented (carets must keep the tab). */
  static FileReport goFile() {
    String text = "package main\n\nfunc main() {\n\tmodelID := \"" + OLD + "\" // 3.5\n}\n";
    SourceFile f = SourceFiles.fromText("cmd/my tool/main.go", text);
    return new FileReport(
        f,
        List.of(
            replace(
                MODEL_ID,
                Severity.ERROR,
                f,
                OLD,
                NEW,
                "Claude 3.5 Sonnet v2 reaches end of life on Bedrock on 2026-07-30")));
  }

  /** Documentation prose: reported, not rewritten without --include-docs. */
  static FileReport docsFile() {
    String text = "# Setup\n\nWe call `claude-3-5-sonnet-latest` through the | pipe <b>.\n";
    SourceFile f = SourceFiles.fromText("docs/README.md", text);
    int s = text.indexOf("claude-3-5-sonnet-latest");
    return new FileReport(
        f,
        List.of(
            Findings.at(
                MODEL_ID,
                Severity.INFO,
                f,
                s,
                s + 24,
                "Claude 3.5 Sonnet alias in documentation",
                "rewrite with --include-docs, or edit by hand",
                List.of())));
  }

  /** A test file with a profile ID. */
  static FileReport testFile() {
    String id = "us." + OLD;
    String text = "def test_model():\n    assert pick() == \"" + id + "\"\n";
    SourceFile f = SourceFiles.fromText("tests/test_app.py", text);
    return new FileReport(
        f,
        List.of(
            replace(
                MODEL_ID, Severity.ERROR, f, id, NEW, "Claude 3.5 Sonnet v2 profile in a test")));
  }

  private static Finding replace(
      RuleInfo rule, Severity sev, SourceFile f, String old, String now, String message) {
    int s = f.text().indexOf(old);
    return Findings.at(
        rule,
        sev,
        f,
        s,
        s + old.length(),
        message,
        now,
        List.of(new Edit(s, s + old.length(), now)));
  }

  /** An empty result: nothing found, nothing wrong. */
  static MigrationResult empty() {
    return new MigrationResult(
        Path.of("/work/project"),
        "sonnet-4",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        new ScanStats(3, 0, 0, 300, 5));
  }
}
