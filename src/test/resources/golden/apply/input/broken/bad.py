x = BREAK('x')
MODEL = "anthropic.claude-3-5-sonnet-20241022-v2:0"
