import aws.sdk.kotlin.services.bedrockruntime.BedrockRuntimeClient
import aws.sdk.kotlin.services.bedrockruntime.model.ConverseRequest
import aws.sdk.kotlin.services.bedrockruntime.model.StopReason

const val MODEL = "us.anthropic.claude-3-5-sonnet-20241022-v2:0"

suspend fun triage(client: BedrockRuntimeClient, text: String): String {
    val resp = client.converse(ConverseRequest {
        modelId = MODEL
        inferenceConfig {
            maxTokens = 10
            temperature = 0.0f
        }
    })
    return when (resp.stopReason) {  // expect: stop-reason when on stopReason (Converse) handles end_turn, max_tokens, tool_use
        StopReason.EndTurn -> "ok"  // expect: stop-reason when on stopReason (Converse) handles end_turn, max_tokens, tool_use
        StopReason.MaxTokens -> "cut"  // expect: stop-reason when on stopReason (Converse) handles end_turn, max_tokens, tool_use
        StopReason.ToolUse -> "tools"  // expect: stop-reason when on stopReason (Converse) handles end_turn, max_tokens, tool_use
    }
}

fun extras() = mapOf("temperature" to 0.7, "top_p" to 0.9)  // expect: sampling 'top_p' is set together with 'temperature'
