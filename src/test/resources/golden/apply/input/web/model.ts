export const MODEL = "anthropic.claude-3-5-sonnet-20241022-v2:0";
export const OTHER = "anthropic.claude-3-haiku-20240307-v1:0";