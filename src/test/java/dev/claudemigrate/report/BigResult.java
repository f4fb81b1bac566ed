package dev.claudemigrate.report;

import dev.claudemigrate.engine.model.Category;
import dev.claudemigrate.engine.model.Edit;
import dev.claudemigrate.engine.model.FileReport;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.model.RuleInfo;
import dev.claudemigrate.engine.model.ScanStats;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.rule.Findings;
import dev.claudemigrate.engine.source.Context;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up scan of a large repository: {@code files} files of {@code perFile} findings each, in
 * the shapes that made the old text report unreadable: long messages, a 600-character fix repeated
 * on every call, many identical findings in one file, data records that quote many models, long
 * source lines, and one file under a path longer than any terminal.
 */
final class BigResult {
  /** A path no terminal line can hold: the one kind of word a report may not break. */
  static final String LONG_PATH =
      "services/payments/internal/adapters/outbound/bedrock/generated/anthropic/"
          + "messages/v1/client_configuration_defaults.py";

  static final RuleInfo INVOKE =
      new RuleInfo(
          "invoke-model",
          Category.API,
          Severity.INFO,
          false,
          "InvokeModel with an Anthropic Messages body",
          "InvokeModel takes a body in the Anthropic Messages format, tied to one model family;"
              + " the Converse API takes the same request in a form that works for every model on"
              + " Bedrock, so that the next migration is a change of model ID only. "
              + "Read the rule's page before you change a call. ".repeat(6),
          "https://example.org/claude-migrate/docs/rules/invoke-model.md");

  /** The advice the invoke-model rule gives on every call, as long as the real one. */
  static final String CONVERSE_ADVICE =
      "Call client.converse(...) instead: messages -> messages with content blocks [{text: ...}];"
          + " system -> system: [{text: ...}]; max_tokens -> inferenceConfig.maxTokens;"
          + " temperature, top_p, stop_sequences -> inferenceConfig.temperature, topP,"
          + " stopSequences; tools -> toolConfig.tools[].toolSpec {name, description, inputSchema:"
          + " {json}}; tool_choice -> toolConfig.toolChoice; Anthropic-only fields (thinking,"
          + " anthropic_beta, top_k, Anthropic-defined tools) -> additionalModelRequestFields; drop"
          + " anthropic_version. Read output.message.content, stopReason and"
          + " usage.inputTokens/outputTokens from the response.";

  private static final String[] MODELS = {
    "anthropic.claude-3-5-sonnet-20241022-v2:0",
    "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
    "anthropic.claude-3-opus-20240229-v1:0",
    "claude-3-5-haiku-20241022",
  };

  private BigResult() {}

  static List<RuleInfo> rules() {
    return List.of(SampleResult.MODEL_ID, SampleResult.TOOL_VERSION, INVOKE);
  }

  /**
   * @param distinct whether every finding has its own message (nothing collapses), as in a
   *     repository where each call names another model or line
   */
  static MigrationResult of(int files, int perFile, boolean distinct) {
    List<FileReport> reports = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      String path =
          i == files - 1
              ? LONG_PATH
              : i % 4 == 3 ? "data/corpus-" + i + ".jsonl" : "src/m" + i + ".py";
      reports.add(file(path, perFile, i % 4 == 3, distinct));
    }
    return new MigrationResult(
        Path.of("/work/big"),
        "sonnet-4",
        reports,
        List.of(),
        List.of(),
        List.of(),
        new ScanStats(files * 3, files, files, 1 << 20, 900));
  }

  private static FileReport file(String path, int n, boolean data, boolean distinct) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String model = MODELS[i % MODELS.length];
      text.append(
          data
              ? "{\"text\": \"" + "In our tests ".repeat(12) + model + " answered well.\"}\n"
              : i % 5 == 0
                  ? "    response = runtime.invoke_model(modelId=\"" + model + "\", body=body)\n"
                  : "MODEL_" + i + " = \"" + model + "\"\n");
    }
    SourceFile f = SourceFiles.fromText(path, text.toString());
    List<Finding> out = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < n; i++) {
      String model = MODELS[i % MODELS.length];
      int s = f.text().indexOf(model, at);
      at = s + model.length();
      Finding finding =
          data || i % 5 != 0
              ? Findings.at(
                  SampleResult.MODEL_ID,
                  f,
                  s,
                  at,
                  "Claude model "
                      + model
                      + " is replaced by Claude Sonnet 4 on Bedrock"
                      + (distinct ? " (call " + i + ")" : ""),
                  "replace with us.anthropic.claude-sonnet-4-20250514-v1:0",
                  List.of(new Edit(s, at, "us.anthropic.claude-sonnet-4-20250514-v1:0")))
              : Findings.at(
                  INVOKE,
                  f,
                  s,
                  at,
                  "invoke_model sends an Anthropic Messages body; the Converse API takes the same"
                      + " request in a model-independent form"
                      + (distinct ? " (call " + i + ")" : ""),
                  CONVERSE_ADVICE,
                  List.of());
      out.add(data ? inData(finding) : finding);
    }
    return new FileReport(f, out);
  }

  private static Finding inData(Finding f) {
    return new Finding(
        f.ruleId(),
        Severity.INFO,
        f.path(),
        f.span(),
        f.matched(),
        f.message(),
        f.fix() + " (data, not configuration: reported, never rewritten)",
        Context.DATA,
        false,
        List.of());
  }
}
