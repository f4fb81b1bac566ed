// Command worker summarises a diff with the model the deployment names.
package main

import (
	"context"
	"encoding/json"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

type request struct {
	AnthropicVersion string `json:"anthropic_version"`
	MaxTokens        int    `json:"max_tokens"`
}

func summarise(ctx context.Context, client *bedrockruntime.Client) error {
	body, _ := json.Marshal(request{AnthropicVersion: "bedrock-2023-05-31", MaxTokens: 1500})
	_, err := client.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId: aws.String(os.Getenv("WORKER_MODEL_ID")),
		Body:    body,
	})
	return err
}
