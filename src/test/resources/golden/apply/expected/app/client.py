import json

import boto3

MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0"
FALLBACK = "us.anthropic.claude-sonnet-4-20250514-v1:0"

SYSTEM = "You are helpful. Let's think step by step."


def ask(client, text):
    # The model answers in JSON.
    resp = client.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": text}]}],
        system=[{"text": SYSTEM}],
    )
    return json.loads(resp["output"]["message"]["content"][0]["text"])
