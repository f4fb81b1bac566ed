import {
  BedrockRuntimeClient,
  ConverseCommand,
  InvokeModelCommand,
  type Message,
} from "@aws-sdk/client-bedrock-runtime";

export const MODEL_ID = process.env.BEDROCK_MODEL_ID ?? "us.anthropic.claude-sonnet-4-6";
const ROUTER_MODEL_ID = process.env.ROUTER_MODEL_ID ?? "us.anthropic.claude-sonnet-4-6";

const client = new BedrockRuntimeClient({ region: process.env.AWS_REGION ?? "us-east-1" });
const decoder = new TextDecoder();

export type Queue = "billing" | "outage" | "account" | "other";

export interface ChatTurn {
  role: "user" | "assistant";
  text: string;
}

/** Thrown when Claude declines to answer; the UI hands the chat to a human. */
export class RefusalError extends Error {}

interface MessagesResponse {
  content: Array<{ type: string; text?: string }>;
  stop_reason: string;
}

/** Answers a customer question using only the knowledge-base extract given. */
export async function answer(history: ChatTurn[], knowledge: string): Promise<string> {
  const body = {
    anthropic_version: "bedrock-2023-05-31",
    max_tokens: 1024,
    temperature: 0.3,
    system: `You are a support agent for Acme Cloud. Answer only from this knowledge:\n${knowledge}`,
    messages: history.map((turn) => ({ role: turn.role, content: [{ type: "text", text: turn.text }] })),
  };
  const response = await client.send(new InvokeModelCommand({
    modelId: MODEL_ID,
    contentType: "application/json",
    accept: "application/json",
    body: JSON.stringify(body),
  }));
  const payload = JSON.parse(decoder.decode(response.body)) as MessagesResponse;
  const text = payload.content
    .filter((block) => block.type === "text")
    .map((block) => block.text ?? "")
    .join("");
  switch (payload.stop_reason) {
    case "end_turn":
    case "stop_sequence":
      return text;
    case "max_tokens":
      return `${text}\n\n(This answer was shortened.)`;
    case "refusal":
      throw new RefusalError("the model declined to answer");
    default:
      throw new Error(`unexpected stop_reason ${payload.stop_reason}`);
  }
}

/** Picks the queue for a new ticket; thinks first because tickets are often ambiguous. */
export async function routeTicket(ticket: string): Promise<Queue> {
  const messages: Message[] = [
    { role: "user", content: [{ text: `Which queue fits: billing, outage, account or other?\n\n${ticket}` }] },
  ];
  const response = await client.send(
    new ConverseCommand({
      modelId: ROUTER_MODEL_ID,
      messages,
      inferenceConfig: { maxTokens: 8192 },
      additionalModelRequestFields: {
        thinking: { type: "enabled", budget_tokens: 2048 },
      },
    }),
  );
  const text = response.output?.message?.content?.find((block) => block.text !== undefined)?.text ?? "";
  switch (response.stopReason) {
    case "end_turn":
      return parseQueue(text);
    case "max_tokens":
      console.warn(`routing reply truncated for ticket: ${ticket.slice(0, 40)}`);
      return parseQueue(text);
    case "tool_use":
      throw new Error("routing offers no tools");
  }
  return "other";
}

function parseQueue(text: string): Queue {
  const word = text.trim().toLowerCase().split(/\s+/).pop() ?? "";
  return word === "billing" || word === "outage" || word === "account" ? word : "other";
}
