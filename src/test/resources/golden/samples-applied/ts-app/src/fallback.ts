import Anthropic from "@anthropic-ai/sdk";
import type { ChatTurn } from "./chat.js";

// Direct Anthropic API, used when Bedrock throttles us or is down in our region.
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export const FALLBACK_MODEL = process.env.ANTHROPIC_MODEL ?? "claude-sonnet-4-6";
const CANARY_MODEL = "claude-sonnet-4-6";
const URGENCY_MODEL = "claude-3-5-haiku-20241022";
const MAX_TOOL_ROUNDS = 3;

const lookupOrder: Anthropic.Beta.BetaTool = {
  name: "lookup_order",
  description: "Look up an order by id; returns its status and shipping date.",
  input_schema: {
    type: "object",
    properties: { order_id: { type: "string" } },
    required: ["order_id"],
  },
};

export async function fallbackAnswer(
  history: ChatTurn[],
  findOrder: (orderId: string) => Promise<string>,
  canary = false,
): Promise<string> {
  const messages: Anthropic.Beta.BetaMessageParam[] = history.map((t) => ({ role: t.role, content: t.text }));
  for (let round = 0; round <= MAX_TOOL_ROUNDS; round++) {
    const response = await anthropic.beta.messages.create({
      model: canary ? CANARY_MODEL : FALLBACK_MODEL,
      max_tokens: 1024,
      betas: ["token-efficient-tools-2025-02-19"],
      tools: [lookupOrder],
      messages,
    });
    const toolUses = response.content.filter(
      (b): b is Anthropic.Beta.BetaToolUseBlock => b.type === "tool_use",
    );
    if (toolUses.length === 0) {
      return response.content.map((b) => (b.type === "text" ? b.text : "")).join("");
    }
    messages.push({ role: "assistant", content: response.content });
    const results: Anthropic.Beta.BetaToolResultBlockParam[] = [];
    for (const use of toolUses) {
      const orderId = String((use.input as { order_id?: unknown }).order_id ?? "");
      results.push({ type: "tool_result", tool_use_id: use.id, content: await findOrder(orderId) });
    }
    messages.push({ role: "user", content: results });
  }
  throw new Error(`no answer after ${MAX_TOOL_ROUNDS} tool rounds`);
}

/** Cheap yes/no urgency check for the ticket list. */
export async function isUrgent(ticket: string): Promise<boolean> {
  const response = await anthropic.messages.create({
    model: URGENCY_MODEL,
    max_tokens: 5,
    messages: [{ role: "user", content: `Answer yes or no: is this ticket urgent?\n\n${ticket}` }],
  });
  const first = response.content[0];
  return first?.type === "text" && first.text.trim().toLowerCase().startsWith("yes");
}
