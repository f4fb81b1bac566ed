package com.example.triage

import aws.sdk.kotlin.services.bedrockruntime.BedrockRuntimeClient
import aws.sdk.kotlin.services.bedrockruntime.model.ContentBlock
import aws.sdk.kotlin.services.bedrockruntime.model.ConversationRole
import aws.sdk.kotlin.services.bedrockruntime.model.ConverseOutput
import aws.sdk.kotlin.services.bedrockruntime.model.ConverseRequest
import aws.sdk.kotlin.services.bedrockruntime.model.InferenceConfiguration
import aws.sdk.kotlin.services.bedrockruntime.model.Message
import aws.sdk.kotlin.services.bedrockruntime.model.StopReason
import aws.sdk.kotlin.services.bedrockruntime.model.SystemContentBlock
import kotlinx.coroutines.runBlocking

/** Claude Sonnet 4, as given in the launch write-up we copied it from. */
const val TRIAGE_MODEL_ID = "us.anthropic.claude-sonnet-4-6"
const val TRIAGE_REGION = "us-east-1"

private val LABELS = setOf("bug", "billing", "question", "feature")

/** Raised when the model or a guardrail declines to label a ticket; a human labels it instead. */
class TriageDeclinedException(reason: String) : RuntimeException(reason)

/** Labels incoming support tickets with one word through the Bedrock Converse API. */
class TicketTriage(private val client: BedrockRuntimeClient) {

    suspend fun label(ticket: String): String {
        val request = ConverseRequest {
            modelId = TRIAGE_MODEL_ID
            system = listOf(SystemContentBlock.Text("Answer with exactly one word: ${LABELS.joinToString(", ")}."))
            messages = listOf(
                Message {
                    role = ConversationRole.User
                    content = listOf(ContentBlock.Text(ticket))
                },
            )
            inferenceConfig = InferenceConfiguration {
                maxTokens = 10
                temperature = 0.0f
            }
        }
        val response = client.converse(request)
        val text = (response.output as? ConverseOutput.Message)?.value?.content
            ?.filterIsInstance<ContentBlock.Text>()
            ?.joinToString("") { it.value }
            .orEmpty()
            .trim()
            .lowercase()
        return when (response.stopReason) {
            StopReason.EndTurn, StopReason.StopSequence, StopReason.MaxTokens ->
                text.takeIf { it in LABELS } ?: "question"
            StopReason.ContentFiltered, StopReason.GuardrailIntervened ->
                throw TriageDeclinedException("declined: ${response.stopReason}")
            else -> throw IllegalStateException("unexpected stop reason ${response.stopReason}")
        }
    }
}

fun main(args: Array<String>) = runBlocking {
    require(args.isNotEmpty()) { "usage: triage <ticket text>" }
    BedrockRuntimeClient { region = TRIAGE_REGION }.use { client ->
        println(TicketTriage(client).label(args.joinToString(" ")))
    }
}
