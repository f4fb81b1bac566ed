import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-west-2" });
const ROUTER_MODEL_ID = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";
const TITLE_MODEL_ID = process.env.TITLE_MODEL_ID ?? "global.anthropic.claude-haiku-4-5-20251001-v1:0";

/** Picks the queue for a ticket; thinks first because tickets are often ambiguous. */
export async function route(ticket: string): Promise<string> {
  const response = await client.send(
    new ConverseCommand({
      modelId: ROUTER_MODEL_ID,
      messages: [{ role: "user", content: [{ text: ticket }] }],
      inferenceConfig: { maxTokens: 8192 },
      additionalModelRequestFields: { thinking: { type: "enabled", budget_tokens: 2048 } },
    }),
  );
  return response.output?.message?.content?.find((b) => b.text !== undefined)?.text ?? "other";
}

/** The same title request as the agent's, from the web app. */
export async function title(task: string): Promise<string> {
  const response = await client.send(
    new ConverseCommand({
      modelId: TITLE_MODEL_ID,
      system: [{ text: "Answer with a title of at most five words." }],
      messages: [{ role: "user", content: [{ text: task }] }],
      inferenceConfig: { maxTokens: 30 },
    }),
  );
  return response.output?.message?.content?.[0]?.text ?? "";
}

/** Answers from a knowledge-base extract; the system prompt is built per question. */
export async function answer(question: string, knowledge: string): Promise<string> {
  const response = await client.send(
    new ConverseCommand({
      modelId: ROUTER_MODEL_ID,
      system: [{ text: `Answer only from this knowledge:\n${knowledge}` }],
      messages: [{ role: "user", content: [{ text: question }] }],
      inferenceConfig: { maxTokens: 1024, temperature: 0.3 },
    }),
  );
  return response.output?.message?.content?.[0]?.text ?? "";
}
