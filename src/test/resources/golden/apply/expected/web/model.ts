export const MODEL = "us.anthropic.claude-sonnet-4-20250514-v1:0";
export const OTHER = "anthropic.claude-3-haiku-20240307-v1:0";