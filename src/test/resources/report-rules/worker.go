package worker

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"
)

const model = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"

func Summarise(ctx context.Context, c *bedrockruntime.Client, text string) (string, error) {
	out, err := c.Converse(ctx, &bedrockruntime.ConverseInput{
		ModelId: aws.String(model),
		InferenceConfig: &types.InferenceConfiguration{
			MaxTokens:   aws.Int32(512),
			Temperature: aws.Float32(0.2),
			TopP:        aws.Float32(0.9),  // expect: sampling 'TopP' is set together with 'Temperature' (line 19)
		},
	})
	if err != nil {
		return "", err
	}
	switch out.StopReason {  // expect: stop-reason switch on stopReason (Converse) handles end_turn, max_tokens
	case types.StopReasonEndTurn:  // expect: stop-reason switch on stopReason (Converse) handles end_turn, max_tokens
		return "done", nil
	case types.StopReasonMaxTokens:  // expect: stop-reason switch on stopReason (Converse) handles end_turn, max_tokens
		return "cut", nil
	}
	return "", nil
}

func Raw(ctx context.Context, c *bedrockruntime.Client) ([]byte, error) {
	body, _ := json.Marshal(map[string]any{
		"anthropic_version": "bedrock-2023-05-31",
		"max_tokens":        1000,
		"thinking":          map[string]any{"type": "enabled", "budget_tokens": 1000},  // expect: thinking-budget budget_tokens 1000 is below the minimum of 1024; budget_tokens 1000 is not below max_tokens 1000
	})
	out, err := c.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{ModelId: aws.String(model), Body: body})  // expect: invoke-model client.Converse(ctx, &bedrockruntime.ConverseInput{...})
	if err != nil {
		return nil, err
	}
	return out.Body, nil
}
