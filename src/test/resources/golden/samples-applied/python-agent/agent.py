"""A small coding agent: Claude on Amazon Bedrock reads and edits files in a sandbox and runs commands.

Usage: python agent.py --root ./sandbox "Add a --verbose flag to cli.py"
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from editor import Editor, ToolError

log = logging.getLogger("agent")

MODEL_ID = os.environ.get("BEDROCK_MODEL_ID", "anthropic.claude-3-5-sonnet-20241022-v2:0")
TITLE_MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0"
MAX_TURNS = 25
BASH_TIMEOUT_SECONDS = 60

SYSTEM_PROMPT = (
    "You are a careful software engineer working in a sandboxed repository. "
    "Use the str_replace_based_edit_tool tool to look at and change files, and the bash tool to run tests. "
    "View a file before you edit it, and keep each edit small."
)

TOOLS = [
    {
        "type": "text_editor_20250728",
        "name": "str_replace_based_edit_tool",
    },
    {
        "type": "bash_20250124",
        "name": "bash",
    },
]


def make_client():
    region = os.environ.get("AWS_REGION", "us-west-2")
    retry = Config(retries={"max_attempts": 5, "mode": "adaptive"}, read_timeout=300)
    return boto3.client("bedrock-runtime", region_name=region, config=retry)


def call_claude(client, messages: list[dict]) -> dict:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "anthropic_beta": ["computer-use-2025-11-24"],
        "max_tokens": 4096,
        "system": SYSTEM_PROMPT,
        "messages": messages,
        "tools": TOOLS,
        "temperature": 0.2,
        "top_p": 0.9,
    }
    try:
        response = client.invoke_model(
            modelId=MODEL_ID,
            contentType="application/json",
            accept="application/json",
            body=json.dumps(body),
        )
    except ClientError as err:
        log.error("Bedrock rejected the request: %s", err.response["Error"].get("Message"))
        raise
    return json.loads(response["body"].read())


def session_title(client, task: str) -> str:
    response = client.converse(
        modelId=TITLE_MODEL_ID,
        messages=[{"role": "user", "content": [{"text": f"Give a five-word title for: {task}"}]}],
        inferenceConfig={"maxTokens": 30},
    )
    return response["output"]["message"]["content"][0]["text"].strip()


def run_bash(tool_input: dict) -> str:
    if tool_input.get("restart"):
        return "shell restarted"
    try:
        done = subprocess.run(
            tool_input["command"], shell=True, capture_output=True, text=True, timeout=BASH_TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired as err:
        raise ToolError(f"command timed out after {err.timeout}s") from err
    return (done.stdout + done.stderr)[-8000:] or f"(exit {done.returncode}, no output)"


def run_tools(content: list[dict], editor: Editor) -> list[dict]:
    results = []
    for block in content:
        if block["type"] != "tool_use":
            continue
        try:
            if block["name"] == "str_replace_based_edit_tool":
                output = editor.handle(block["input"])
            elif block["name"] == "bash":
                output = run_bash(block["input"])
            else:
                raise ToolError(f"unknown tool {block['name']!r}")
            results.append({"type": "tool_result", "tool_use_id": block["id"], "content": output})
        except ToolError as err:
            results.append({"type": "tool_result", "tool_use_id": block["id"], "content": str(err), "is_error": True})
    return results


def final_text(response: dict) -> str:
    return "".join(block["text"] for block in response["content"] if block["type"] == "text")


def run(task: str, editor: Editor, client) -> str:
    messages = [{"role": "user", "content": [{"type": "text", "text": task}]}]
    for _ in range(MAX_TURNS):
        response = call_claude(client, messages)
        messages.append({"role": "assistant", "content": response["content"]})
        stop_reason = response["stop_reason"]
        if stop_reason == "end_turn":
            return final_text(response)
        elif stop_reason == "tool_use":
            messages.append({"role": "user", "content": run_tools(response["content"], editor)})
        elif stop_reason == "max_tokens":
            log.warning("reply cut at max_tokens; asking the model to continue")
            messages.append({"role": "user", "content": [{"type": "text", "text": "Please continue."}]})
    raise RuntimeError(f"no answer after {MAX_TURNS} turns")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    client = make_client()
    log.info("session: %s (model %s)", session_title(client, args.task), MODEL_ID)
    print(run(args.task, Editor(args.root), client))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
