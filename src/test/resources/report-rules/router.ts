import {
  BedrockRuntimeClient,
  ConverseCommand,
  InvokeModelCommand,
} from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });
const MODEL = "us.anthropic.claude-3-5-sonnet-20241022-v2:0";

export async function classify(ticket: string): Promise<string> {
  const out = await client.send(
    new ConverseCommand({
      modelId: MODEL,
      messages: [{ role: "user", content: [{ text: ticket }] }],
      inferenceConfig: { maxTokens: 8192, temperature: 0.1 },
      additionalModelRequestFields: { thinking: { type: "enabled", budget_tokens: 2048 } },  // expect: thinking-budget temperature is set (0.1)
    }),
  );
  if (out.stopReason === "end_turn") {  // expect: stop-reason if on stopReason (Converse) handles end_turn, tool_use
    return "ok";
  } else if (out.stopReason === "tool_use") {  // expect: stop-reason if on stopReason (Converse) handles end_turn, tool_use
    return "tools";
  }
  return "other";
}

export async function legacy(prompt: string): Promise<unknown> {
  const body = JSON.stringify({
    anthropic_version: "bedrock-2023-05-31",
    max_tokens: 300,
    top_p: 0.9,
    messages: [{ role: "user", content: prompt }],
  });
  const res = await client.send(new InvokeModelCommand({ modelId: MODEL, body }));  // expect: invoke-model InvokeModelCommand sends
  const json = JSON.parse(new TextDecoder().decode(res.body));
  switch (json.stop_reason) {
    case "end_turn":
      return json.content;
    case "refusal":
      throw new Error("refused");
  }
  return null;
}
