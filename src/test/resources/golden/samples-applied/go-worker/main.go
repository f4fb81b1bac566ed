// Command review-worker reads a diff on stdin and asks Claude on Amazon Bedrock for release notes.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

// defaultModelARN is the shared inference profile the platform team provisioned for us.
const defaultModelARN = "arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.claude-sonnet-4-6"

type contentBlock struct {
	Type string `json:"type"`
	Text string `json:"text,omitempty"`
}

type message struct {
	Role    string         `json:"role"`
	Content []contentBlock `json:"content"`
}

type messagesRequest struct {
	AnthropicVersion string    `json:"anthropic_version"`
	MaxTokens        int       `json:"max_tokens"`
	System           string    `json:"system,omitempty"`
	Messages         []message `json:"messages"`
}

type messagesResponse struct {
	Content    []contentBlock `json:"content"`
	StopReason string         `json:"stop_reason"`
	Usage      struct {
		InputTokens  int `json:"input_tokens"`
		OutputTokens int `json:"output_tokens"`
	} `json:"usage"`
}

var errTruncated = errors.New("release notes truncated at max_tokens")

type worker struct {
	client  *bedrockruntime.Client
	modelID string
}

// releaseNotes asks Claude to turn a diff into release-note bullets.
func (w *worker) releaseNotes(ctx context.Context, diff string) (string, error) {
	body, err := json.Marshal(messagesRequest{
		AnthropicVersion: "bedrock-2023-05-31",
		MaxTokens:        1500,
		System:           "Summarise the code change for the release notes in at most five bullet points.",
		Messages:         []message{{Role: "user", Content: []contentBlock{{Type: "text", Text: diff}}}},
	})
	if err != nil {
		return "", fmt.Errorf("encode request: %w", err)
	}
	out, err := w.client.InvokeModel(ctx, &bedrockruntime.InvokeModelInput{
		ModelId:     aws.String(w.modelID),
		ContentType: aws.String("application/json"),
		Accept:      aws.String("application/json"),
		Body:        body,
	})
	if err != nil {
		return "", fmt.Errorf("invoke %s: %w", w.modelID, err)
	}
	var resp messagesResponse
	if err := json.Unmarshal(out.Body, &resp); err != nil {
		return "", fmt.Errorf("decode response: %w", err)
	}
	var text strings.Builder
	for _, block := range resp.Content {
		if block.Type == "text" {
			text.WriteString(block.Text)
		}
	}
	log.Printf("tokens in=%d out=%d", resp.Usage.InputTokens, resp.Usage.OutputTokens)
	stopReason := resp.StopReason
	switch stopReason {
	case "end_turn", "stop_sequence":
		return text.String(), nil
	case "max_tokens":
		return text.String(), errTruncated
	case "tool_use":
		return "", fmt.Errorf("unexpected tool call from %s", w.modelID)
	}
	return text.String(), nil
}

func main() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-west-2"))
	if err != nil {
		log.Fatalf("load AWS config: %v", err)
	}
	modelID := os.Getenv("REVIEW_MODEL_ID")
	if modelID == "" {
		modelID = defaultModelARN
	}
	w := &worker{client: bedrockruntime.NewFromConfig(cfg), modelID: modelID}

	diff, err := io.ReadAll(os.Stdin)
	if err != nil {
		log.Fatalf("read diff: %v", err)
	}
	notes, err := w.releaseNotes(ctx, string(diff))
	if errors.Is(err, errTruncated) {
		log.Print("warning: ", err)
	} else if err != nil {
		log.Fatal(err)
	}
	title, err := headline(ctx, w.client, notes)
	if err != nil {
		log.Printf("no headline: %v", err)
		title = "Release notes"
	}
	fmt.Printf("# %s\n\n%s\n", title, notes)
}
