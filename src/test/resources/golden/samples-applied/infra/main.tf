# Review worker: a Lambda function that calls Claude on Amazon Bedrock.

terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

variable "model_id" {
  description = "Bedrock model ID or inference profile the worker invokes"
  type        = string
  default     = "us.anthropic.claude-sonnet-4-6"
}

variable "artifact_path" {
  description = "Path of the zipped worker code"
  type        = string
  default     = "build/review-worker.zip"
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "worker" {
  name               = "review-worker"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

resource "aws_iam_policy" "bedrock_invoke" {
  name        = "review-worker-bedrock-invoke"
  description = "Lets the review worker call its Claude models"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
        Resource = [
          "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
          # Pre-approved for the move to Claude Sonnet 4 (profile calls need both grants).
          "arn:aws:bedrock:*::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0",
          "arn:aws:bedrock:us-east-1:${data.aws_caller_identity.current.account_id}:inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0",
        ]
      }
    ]
  })
}

resource "aws_iam_role_policy_attachment" "worker_bedrock" {
  role       = aws_iam_role.worker.name
  policy_arn = aws_iam_policy.bedrock_invoke.arn
}

resource "aws_lambda_function" "worker" {
  function_name    = "review-worker"
  role             = aws_iam_role.worker.arn
  runtime          = "python3.12"
  handler          = "worker.handler"
  filename         = var.artifact_path
  source_code_hash = filebase64sha256(var.artifact_path)
  timeout          = 300

  environment {
    variables = {
      BEDROCK_MODEL_ID = var.model_id
    }
  }
}

output "worker_arn" {
  value = aws_lambda_function.worker.arn
}
