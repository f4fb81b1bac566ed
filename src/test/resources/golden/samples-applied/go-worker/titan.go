package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

// titanModelID writes the one-line headline: cheap, and good enough for a title.
const titanModelID = "amazon.titan-text-express-v1"

type titanConfig struct {
	MaxTokenCount int     `json:"maxTokenCount"`
	Temperature   float64 `json:"temperature"`
}

type titanRequest struct {
	InputText            string      `json:"inputText"`
	TextGenerationConfig titanConfig `json:"textGenerationConfig"`
}

type titanResponse struct {
	Results []struct {
		OutputText       string `json:"outputText"`
		CompletionReason string `json:"completionReason"`
	} `json:"results"`
}

// headline asks Titan Text Express for a one-line headline of the release notes.
func headline(ctx context.Context, client *bedrockruntime.Client, notes string) (string, error) {
	body, err := json.Marshal(titanRequest{
		InputText:            "Write a one-line headline for these release notes:\n" + notes,
		TextGenerationConfig: titanConfig{MaxTokenCount: 40, Temperature: 0},
	})
	if err != nil {
		return "", fmt.Errorf("encode titan request: %w", err)
	}
	out, err := client.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId:     aws.String(titanModelID),
		ContentType: aws.String("application/json"),
		Body:        body,
	})
	if err != nil {
		return "", fmt.Errorf("invoke %s: %w", titanModelID, err)
	}
	var resp titanResponse
	if err := json.Unmarshal(out.Body, &resp); err != nil {
		return "", fmt.Errorf("decode titan response: %w", err)
	}
	if len(resp.Results) == 0 {
		return "", errors.New("titan returned no results")
	}
	return strings.TrimSpace(resp.Results[0].OutputText), nil
}
