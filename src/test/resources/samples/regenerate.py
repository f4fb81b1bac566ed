"""Regenerates expected-findings.tsv and traps.tsv from needles, so line numbers come from the files.

Run from anywhere: python3 src/test/resources/samples/regenerate.py
Each row names a sample file and a needle that occurs on exactly one of its lines; the script fails
when a needle is missing or ambiguous. SamplesManifestTest then checks the result against samples/.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
ROOT = OUT.parents[3] / "samples"

# (path, needle, rule, note); the needle must occur on exactly one line of the file
# unless an occurrence index (1-based) is given as a 5th element.
FINDINGS = [
    ("python-agent/agent.py", '"BEDROCK_MODEL_ID", "anthropic.claude-3-5-sonnet-20241022-v2:0"', "model-id", "3.5 Sonnet v2 base ID as env-var default (string literal); region chosen at run time, so the profile prefix is a choice"),
    ("python-agent/agent.py", "Use the str_replace_editor tool", "text-editor-tool", "old tool name inside the system prompt; must follow the tool rename"),
    ("python-agent/agent.py", '"type": "text_editor_20241022"', "text-editor-tool", "3.5 Sonnet v2 text editor type; changes together with the name on the next line"),
    ("python-agent/agent.py", '"name": "str_replace_editor"', "text-editor-tool", "old text editor name; changes together with the type"),
    ("python-agent/agent.py", '"type": "bash_20241022"', "beta-header", "3.5 Sonnet v2 bash tool type -> bash_20250124"),
    ("python-agent/agent.py", '"anthropic_beta": ["computer-use-2024-10-22"]', "beta-header", "old computer-use beta; bash tool remains so it becomes computer-use-2025-01-24"),
    ("python-agent/agent.py", '"top_p": 0.9', "sampling", "temperature (line above) and top_p set together"),
    ("python-agent/agent.py", "response = client.invoke_model(", "invoke-model", "boto3 invoke_model with an Anthropic Messages body (anthropic_version bedrock-2023-05-31)"),
    ("python-agent/agent.py", 'if block["name"] == "str_replace_editor":', "text-editor-tool", "tool_use dispatcher keyed on the old tool name; silently stops handling the tool if not renamed"),
    ("python-agent/agent.py", 'if stop_reason == "end_turn":', "stop-reason", "if/elif chain on stop_reason: end_turn/tool_use/max_tokens, no refusal, no else"),
    ("python-agent/editor.py", 'Literal["view", "create", "str_replace", "insert", "undo_edit"]', "undo-edit", "undo_edit in a Literal type"),
    ("python-agent/editor.py", 'elif command == "undo_edit":', "undo-edit", "dispatch branch for undo_edit"),
    ("python-agent/editor.py", "return self.undo_edit(path)", "undo-edit", "call inside the undo_edit dispatch branch (goes with the branch)"),
    ("python-agent/editor.py", "def undo_edit(self", "undo-edit", "undo_edit handler method definition"),
    ("python-agent/tests/test_agent.py", 'assert agent.MODEL_ID == "anthropic.claude-3-5-sonnet-20241022-v2:0"', "model-id", "test pins the old default on purpose; must change together with agent.py"),
    ("java-service/src/main/java/com/example/review/ReviewService.java", 'MODEL_ID = "us.anthropic.claude-3-5-sonnet-20240620-v1:0"', "model-id", "3.5 Sonnet v1 us. inference profile (string constant)"),
    ("java-service/src/main/java/com/example/review/ReviewService.java", 'thinking.put("budget_tokens", 512)', "thinking-budget", "budget_tokens 512 is below the minimum of 1024"),
    ("java-service/src/main/java/com/example/review/ReviewService.java", "switch (stopReason) {", "stop-reason", "switch on stop_reason without a refusal case and without default"),
    ("java-service/src/main/java/com/example/review/ReviewService.java", "client.invokeModel(request -> request", "invoke-model", "invokeModel with a Jackson-built Messages body"),
    ("java-service/src/main/java/com/example/review/EditorCommand.java", 'UNDO_EDIT("undo_edit")', "undo-edit", "enum constant of editor commands"),
    ("java-service/src/main/java/com/example/review/FileEditor.java", 'TOOL_NAME = "str_replace_editor"', "text-editor-tool", "tool name constant used by the tool_use dispatcher"),
    ("java-service/src/main/java/com/example/review/FileEditor.java", 'case "undo_edit":', "undo-edit", "case branch of the command switch"),
    ("java-service/src/main/resources/tools/editor-tool.json", '"name": "str_replace_editor"', "text-editor-tool", "tool definition name (JSON resource)"),
    ("java-service/src/main/resources/tools/editor-tool.json", '"enum": ["view", "create", "str_replace", "insert", "undo_edit"]', "undo-edit", "JSON-schema enum list of commands"),
    ("ts-app/src/chat.ts", '"us.anthropic.claude-3-5-sonnet-20241022-v2:0"', "model-id", "3.5 Sonnet v2 us. inference profile, env-var default"),
    ("ts-app/src/chat.ts", '"us.anthropic.claude-3-7-sonnet-20250219-v1:0"', "model-id", "legacy 3.7 Sonnet us. inference profile (router model)"),
    ("ts-app/src/chat.ts", "await client.send(new InvokeModelCommand({", "invoke-model", "InvokeModelCommand with a Messages body"),
    ("ts-app/src/chat.ts", "switch (response.stopReason) {", "stop-reason", "Converse stopReason switch without default or content_filtered; falls through to a normal result"),
    ("ts-app/src/fallback.ts", '"claude-3-5-sonnet-20241022"', "model-id", "Anthropic API name of 3.5 Sonnet v2 (direct-Anthropic fallback)"),
    ("ts-app/src/fallback.ts", '"claude-3-5-sonnet-latest"', "model-id", "Anthropic API alias of 3.5 Sonnet v2"),
    ("ts-app/src/fallback.ts", 'betas: ["token-efficient-tools-2025-02-19"]', "beta-header", "3.7-only beta; no effect on Claude 4: remove"),
    ("go-worker/main.go", "inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0", "model-id", "inference-profile ARN of 3.5 Sonnet v2 (us-west-2)"),
    ("go-worker/main.go", "w.client.InvokeModel(ctx", "invoke-model", "bedrockruntime.InvokeModel with a Messages body"),
    ("go-worker/main.go", "switch stopReason {", "stop-reason", "switch without refusal case or default; anything else returns the text as success"),
    ("kotlin/TicketTriage.kt", '"anthropic.claude-4-sonnet-20240514-v1:0"', "model-id", "bogus ID (words swapped, year wrong); meant Sonnet 4, which the default target replaces: fix to the Sonnet 4.6 us. profile (region us-east-1)"),
    ("config/settings.json", '"us.anthropic.claude-sonnet-4-20250514-v1:0"', "model-id", "Sonnet 4 us. profile: retired on Bedrock 2026-10-14, moves to the Sonnet 4.6 us. profile"),
    ("docs/MIGRATION.md", "`us.anthropic.claude-sonnet-4-20250514-v1:0` in our US accounts", "model-id", "Sonnet 4 in prose (documentation, informational)"),
    ("infra/main.tf", 'default     = "anthropic.claude-3-5-sonnet-20241022-v2:0"', "model-id", "Terraform variable default; provider region us-east-1"),
    ("infra/template.yaml", "Default: anthropic.claude-3-5-sonnet-20240620-v1:0", "model-id", "CloudFormation parameter default; region us-east-1 stated"),
    ("config/.env", "BEDROCK_MODEL_ID=anthropic.claude-3-5-sonnet-20240620-v1:0", "model-id", "3.5 Sonnet v1 base ID; AWS_REGION=eu-west-1 in the same file"),
    ("config/application.properties", "bedrock.model-id=us.anthropic.claude-3-5-sonnet-20241022-v2:0", "model-id", "3.5 Sonnet v2 us. profile (properties value)"),
    ("config/application.properties", "bedrock.escalation-model-id=anthropic.claude-3-opus-20240229-v1:0", "model-id", "legacy Claude 3 Opus base ID"),
    ("config/config.yaml", "model_id: us.anthropic.claude-3-5-sonnet-20241022-v2:0", "model-id", "3.5 Sonnet v2 us. profile (YAML value)"),
    ("config/config.yaml", "model_id: us.anthropic.claude-3-7-sonnet-20250219-v1:0", "model-id", "legacy 3.7 Sonnet us. profile"),
    ("config/config.yaml", "anthropic_beta: [output-128k-2025-02-19]", "beta-header", "3.7-only beta; no effect on Claude 4: remove"),
    ("config/config.yaml", "budget_tokens: 128000", "thinking-budget", "budget_tokens 128000 is not below max_tokens 96000"),
    ("config/config.yaml", "type: text_editor_20250124", "text-editor-tool", "3.7 Sonnet text editor type (YAML)"),
    ("config/config.yaml", "name: str_replace_editor", "text-editor-tool", "old text editor name (YAML)"),
    ("config/settings.json", '"fallbackModelId": "anthropic.claude-3-5-sonnet-20240620-v1:0"', "model-id", "3.5 Sonnet v1 base ID (JSON value); region us-east-1 in the same object"),
    ("config/settings.json", '"model": "claude-3-5-sonnet-v2@20241022"', "model-id", "Vertex AI name of 3.5 Sonnet v2"),
    ("notebooks/explore.ipynb", "(`us.anthropic.claude-3-5-sonnet-20241022-v2:0`) with the computer tool", "model-id", "notebook markdown cell: documentation context"),
    ("notebooks/explore.ipynb", 'MODEL_ID = \\"us.anthropic.claude-3-5-sonnet-20241022-v2:0\\"', "model-id", "notebook code cell"),
    ("notebooks/explore.ipynb", '\\"anthropic_beta\\": [\\"computer-use-2024-10-22\\"]', "beta-header", "old computer-use beta in a code cell; computer tool remains -> computer-use-2025-01-24"),
    ("notebooks/explore.ipynb", '\\"top_p\\": 0.95', "sampling", "temperature (line above) and top_p set together in a code cell"),
    ("notebooks/explore.ipynb", '\\"type\\": \\"computer_20241022\\"', "beta-header", "3.5 Sonnet v2 computer tool type -> computer_20250124"),
    ("notebooks/explore.ipynb", "runtime.invoke_model(modelId=MODEL_ID", "invoke-model", "invoke_model with a Messages body in a code cell"),
    ("docs/MIGRATION.md", "mostly as `anthropic.claude-3-5-sonnet-20241022-v2:0`", "model-id", "prose mention: documentation context, informational"),
    ("docs/MIGRATION.md", "`anthropic.claude-3-5-sonnet-20240620-v1:0`, through a CloudFormation", "model-id", "prose mention: documentation context, informational"),
    ('go-worker/main.go', 'case "end_turn", "stop_sequence":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
    ('go-worker/main.go', 'case "max_tokens":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
    ('go-worker/main.go', 'case "tool_use":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
    ('java-service/src/main/java/com/example/review/ReviewService.java', 'case "end_turn":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
    ('java-service/src/main/java/com/example/review/ReviewService.java', 'case "stop_sequence":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
    ('java-service/src/main/java/com/example/review/ReviewService.java', 'case "max_tokens":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
    ('java-service/src/main/java/com/example/review/ReviewService.java', 'case "tool_use":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
    ('python-agent/agent.py', 'elif stop_reason == "tool_use":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
    ('python-agent/agent.py', 'elif stop_reason == "max_tokens":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
    ('ts-app/src/chat.ts', 'case "end_turn":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)', 2),
    ('ts-app/src/chat.ts', 'case "max_tokens":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)', 2),
    ('ts-app/src/chat.ts', 'case "tool_use":', "stop-reason", 'arm of the stop-reason branch above that tests a stop value (ADR 0094)'),
]

TRAPS = [
    ("python-agent/agent.py", 'TITLE_MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0"', "3.5 Haiku base ID", "other model (Claude 3.5 Haiku), not a 3.5 Sonnet use"),
    ("python-agent/tests/test_agent.py", "def invoke_model(self, **kwargs):", "invoke_model method of a test fake", "a definition, not a call with a Messages body"),
    ("java-service/src/main/java/com/example/review/ReviewService.java", 'body.put("temperature", 0.2)', "temperature alone", "only one sampling parameter is set"),
    ("ts-app/src/chat.ts", "temperature: 0.3,", "temperature alone", "only one sampling parameter is set"),
    ("ts-app/src/chat.ts", "switch (payload.stop_reason) {", "stop_reason switch with refusal and default", "already handles refusal and unknown values"),
    ("ts-app/src/chat.ts", "budget_tokens: 2048", "thinking budget 2048 with maxTokens 8192", "valid: at least 1024 and below max tokens"),
    ("ts-app/src/fallback.ts", '"claude-3-5-haiku-20241022"', "3.5 Haiku Anthropic API name", "other model, not a 3.5 Sonnet use"),
    ("go-worker/titan.go", '"amazon.titan-text-express-v1"', "Titan model ID", "other provider's model"),
    ("go-worker/titan.go", "client.InvokeModel(ctx", "InvokeModel of Titan", "Titan body (inputText), not an Anthropic Messages body"),
    ("kotlin/TicketTriage.kt", "temperature = 0.0f", "temperature alone", "only one sampling parameter is set"),
    ("kotlin/TicketTriage.kt", "return when (response.stopReason) {", "Converse stopReason when with content_filtered and else", "already treats content_filtered and unknown values as not-success"),
    ("infra/main.tf", 'Action = ["bedrock:InvokeModel"', "IAM action names", "IAM action, not an API call"),
    ("infra/main.tf", '"arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0"', "IAM policy foundation-model ARN", "IAM policy resource, not a use (reviewed by humans, never rewritten)"),
    ("infra/main.tf", '"arn:aws:bedrock:*::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0"', "IAM policy ARN of current Sonnet 4", "IAM resource: a policy keeps granting a model on purpose"),
    ("infra/main.tf", "inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0", "IAM policy profile ARN of current Sonnet 4", "IAM resource: a policy keeps granting a model on purpose"),
    ("infra/template.yaml", "- bedrock:InvokeModel", "IAM action name", "IAM action, not an API call"),
    ("infra/template.yaml", "foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0", "IAM policy foundation-model ARN (!Sub)", "IAM policy resource, not a use"),
    ("config/.env", "amazon.titan-embed-text-v2:0", "Titan embeddings model ID", "other provider's model"),
    ("config/application.properties", "meta.llama3-70b-instruct-v1:0", "Llama model ID", "other provider's model"),
    ("config/config.yaml", "us.anthropic.claude-3-5-haiku-20241022-v1:0", "3.5 Haiku us. profile", "other model, not a 3.5 Sonnet use"),
    ("config/settings.json", '"amazon.nova-pro-v1:0"', "Nova model ID", "other provider's model"),
    ("config/settings.json", '"type": "text_editor_20250728"', "migrated text editor type", "already the Claude 4 tool"),
    ("config/settings.json", '"str_replace_based_edit_tool"', "migrated text editor name", "already the Claude 4 tool name"),
    ("notebooks/explore.ipynb", "\"['anthropic.claude-3-5-haiku-20241022-v1:0',\\n\"", "notebook output: 3.5 Haiku", "output cells are recorded output, never findings"),
    ("notebooks/explore.ipynb", "\" 'anthropic.claude-3-5-sonnet-20240620-v1:0',\\n\"", "notebook output: 3.5 Sonnet v1", "output cells are recorded output, never findings"),
    ("notebooks/explore.ipynb", "\" 'anthropic.claude-3-5-sonnet-20241022-v2:0',\\n\"", "notebook output: 3.5 Sonnet v2", "output cells are recorded output, never findings"),
    ("notebooks/explore.ipynb", "\" 'anthropic.claude-3-7-sonnet-20250219-v1:0',\\n\"", "notebook output: 3.7 Sonnet", "output cells are recorded output, never findings"),
    ("notebooks/explore.ipynb", "\" 'anthropic.claude-3-haiku-20240307-v1:0',\\n\"", "notebook output: Claude 3 Haiku", "output cells are recorded output, never findings"),
    ("notebooks/explore.ipynb", "\" 'anthropic.claude-sonnet-4-20250514-v1:0']\"", "notebook output: Sonnet 4", "output cells are recorded output, never findings"),
    ("notebooks/explore.ipynb", '"model: us.anthropic.claude-3-5-sonnet-20241022-v2:0\\n"', "notebook stream output", "output cells are recorded output, never findings"),
    ("docs/MIGRATION.md", "| Claude 3.5 Sonnet v1 |", "deprecation table row", "table under a header with 'Legacy'/'End of life' lists old IDs on purpose"),
    ("docs/MIGRATION.md", "| Claude 3.5 Sonnet v2 |", "deprecation table row", "table under a header with 'Legacy'/'End of life' lists old IDs on purpose"),
    ("docs/MIGRATION.md", "| Claude 3.7 Sonnet |", "deprecation table row", "table under a header with 'Legacy'/'End of life' lists old IDs on purpose"),
]


def locate(path, needle, occurrence=None):
    lines = (ROOT / path).read_text(encoding="utf-8").split("\n")
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    if occurrence is None and len(hits) != 1:
        sys.exit(f"{path}: needle {needle!r} matched lines {hits}")
    return hits[(occurrence or 1) - 1]


def write(name, rows):
    out = []
    for row in rows:
        path, needle, a, b = row[:4]
        line = locate(path, needle, row[4] if len(row) > 4 else None)
        for field in (a, b):
            assert "\t" not in field and "\n" not in field
        out.append((path, line, a, b))
    out.sort(key=lambda r: (r[0], r[1], r[2]))
    keys = [(r[0], r[1], r[2]) for r in out]
    assert len(keys) == len(set(keys)), "duplicate path/line/rule"
    (OUT / name).write_text("".join(f"{p}\t{l}\t{a}\t{b}\n" for p, l, a, b in out), encoding="utf-8")
    return out


findings = write("expected-findings.tsv", FINDINGS)
traps = write("traps.tsv", TRAPS)
both = {(p, l) for p, l, *_ in findings} & {(p, l) for p, l, *_ in traps}
assert not both, f"lines both finding and trap: {both}"
from collections import Counter
print(Counter(r[2] for r in findings), len(findings), "findings;", len(traps), "traps")
