"""Coding agent on Amazon Bedrock, after `migrate apply`: Claude Sonnet 4.5 edits files and runs commands."""

import json
import os

import boto3

MODEL_ID = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
TITLE_MODEL_ID = os.environ.get("TITLE_MODEL_ID", "global.anthropic.claude-haiku-4-5-20251001-v1:0")

SYSTEM_PROMPT = (
    "You are a careful software engineer working in a sandboxed repository. "
    "Use the str_replace_based_edit_tool tool to read and change files, and bash to run tests."
)

TOOLS = [
    {"type": "text_editor_20250728", "name": "str_replace_based_edit_tool", "max_characters": 10000},
    {"type": "bash_20250124", "name": "bash"},
]

client = boto3.client("bedrock-runtime", region_name="us-west-2")


def call_claude(messages):
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 4096,
        "system": SYSTEM_PROMPT,
        "messages": messages,
        "tools": TOOLS,
        "temperature": 0.2,
    }
    response = client.invoke_model(modelId=MODEL_ID, body=json.dumps(body))
    return json.loads(response["body"].read())


def session_title(task):
    response = client.converse(
        modelId=TITLE_MODEL_ID,
        system=[{"text": "Answer with a title of at most five words."}],
        messages=[{"role": "user", "content": [{"text": task}]}],
        inferenceConfig={"maxTokens": 30},
    )
    return response["output"]["message"]["content"][0]["text"].strip()
