"""Unit tests for the agent loop and the editor; no AWS calls."""

import importlib
import io
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import agent  # noqa: E402
from editor import Editor, ToolError  # noqa: E402


class FakeBedrock:
    """Answers invoke_model calls with canned Messages API responses, in order."""

    def __init__(self, *responses: dict) -> None:
        self.responses = list(responses)
        self.requests: list[dict] = []

    def invoke_model(self, **kwargs):
        self.requests.append(json.loads(kwargs["body"]))
        return {"body": io.BytesIO(json.dumps(self.responses.pop(0)).encode())}


def test_default_model_is_pinned(monkeypatch):
    # The agent was validated on this model; a change of default must be deliberate.
    monkeypatch.delenv("BEDROCK_MODEL_ID", raising=False)
    importlib.reload(agent)
    assert agent.MODEL_ID == "anthropic.claude-3-5-sonnet-20241022-v2:0"


def test_environment_overrides_model(monkeypatch):
    monkeypatch.setenv("BEDROCK_MODEL_ID", "my-application-inference-profile")
    importlib.reload(agent)
    assert agent.MODEL_ID == "my-application-inference-profile"


def test_run_returns_text_on_end_turn(tmp_path):
    client = FakeBedrock({"content": [{"type": "text", "text": "done"}], "stop_reason": "end_turn"})
    assert agent.run("say done", Editor(tmp_path), client) == "done"
    assert client.requests[0]["anthropic_version"] == "bedrock-2023-05-31"


def test_editor_replaces_exactly_once(tmp_path):
    (tmp_path / "app.py").write_text("x = 1\ny = 2\n", encoding="utf-8")
    editor = Editor(tmp_path)
    editor.handle({"command": "str_replace", "path": "app.py", "old_str": "x = 1", "new_str": "x = 10"})
    assert (tmp_path / "app.py").read_text(encoding="utf-8") == "x = 10\ny = 2\n"


def test_editor_refuses_paths_outside_the_sandbox(tmp_path):
    with pytest.raises(ToolError):
        Editor(tmp_path).handle({"command": "view", "path": "../../etc/passwd"})
