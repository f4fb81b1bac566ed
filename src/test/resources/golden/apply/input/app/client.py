import json

import boto3

MODEL_ID = "anthropic.claude-3-5-sonnet-20241022-v2:0"
FALLBACK = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"

SYSTEM = "You are helpful. Let's think step by step."


def ask(client, text):
    # The model answers in JSON.
    resp = client.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": text}]}],
        system=[{"text": SYSTEM}],
    )
    return json.loads(resp["output"]["message"]["content"][0]["text"])
