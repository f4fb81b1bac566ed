"""Support bot on Bedrock: mixes Claude, Titan embeddings and IAM setup on purpose."""
import json

import boto3

MODEL_ID = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"
EMBED_ID = "amazon.titan-embed-text-v2:0"

# Trap: an IAM policy names the action, it is not a call.
POLICY = {"Effect": "Allow", "Action": ["bedrock:InvokeModel", "bedrock:Converse"], "Resource": "*"}

runtime = boto3.client("bedrock-runtime")


def embed(text):
    # Trap: another provider's body.
    body = json.dumps({"inputText": text, "dimensions": 256})
    return json.loads(runtime.invoke_model(modelId=EMBED_ID, body=body)["body"].read())


def ask(messages, creative=False):
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 2048,
        "messages": messages,
    }
    if creative:
        body["temperature"] = 0.9
    else:
        body["top_p"] = 0.5  # trap: never together with temperature
    resp = runtime.invoke_model(modelId=MODEL_ID, body=json.dumps(body))  # expect: invoke-model 'anthropic_version' in the calling function
    return json.loads(resp["body"].read())


def think(messages):
    return runtime.converse(
        modelId=MODEL_ID,
        messages=messages,
        inferenceConfig={"maxTokens": 1024, "temperature": 0.3, "topP": 0.9},  # expect: sampling 'topP' is set together with 'temperature'
        additionalModelRequestFields={"thinking": {"type": "enabled", "budget_tokens": 1024}},  # expect: thinking-budget budget_tokens 1024 is not below maxTokens 1024; temperature is set (0.3)
    )


def reply_text(result):
    # A lone check for truncation: a refusal takes the same path as end_turn (reported).
    if result["stop_reason"] == "max_tokens":  # expect: stop-reason compared with max_tokens: refusal takes the same path as end_turn
        print("truncated")
    if result["stop_reason"] == "end_turn":  # expect: stop-reason handles end_turn, tool_use but has no case for refusal and no default
        return result["content"][0]["text"]
    elif result["stop_reason"] == "tool_use":  # expect: stop-reason handles end_turn, tool_use but has no case for refusal and no default
        return None
    return result["content"][0]["text"]


def converse_text(resp):
    match resp["stopReason"]:
        case "end_turn" | "max_tokens":
            return resp["output"]["message"]["content"][0]["text"]
        case "content_filtered" | "guardrail_intervened":
            raise RuntimeError("refused")
        case _:
            raise RuntimeError(resp["stopReason"])
