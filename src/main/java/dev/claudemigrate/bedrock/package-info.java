/**
 * AWS SDK adapters for Amazon Bedrock, reusable by every command that talks to a model.
 *
 * <p>How a command calls Converse (smoke does this; eval does it through {@code
 * bedrock.eval.BedrockInvoker}, its adapter to the eval core's {@code ModelInvoker}):
 *
 * <pre>{@code
 * AwsContext ctx = new AwsResolver(env).resolve(settings);          // region + credentials, or AwsSetupException (exit 3)
 * try (BedrockConnections c = BedrockConnections.open(ctx, settings)) { // records or replays when settings say so
 *   ConverseCaller caller = new ConverseCaller(c.runtime(), Backoff.standard(settings.maxAttempts()),
 *       Sleeper.REAL, new SecureRandom(), new Diagnoser(catalog, ctx.region()), settings.timeout());
 *   ConverseOutcome o = caller.converse(request);                   // never throws for a failed call
 *   if (o.answered()) { o.text(); o.toolUses(); o.stopReason(); o.inputTokens(); o.latencyMs(); }
 *   else { o.diagnosis().kind(); o.diagnosis().fix(); }
 * }
 * }</pre>
 *
 * <p>Answers come back in this project's own types ({@link dev.claudemigrate.bedrock.Content}:
 * text, tool use with its JSON input, reasoning); {@link dev.claudemigrate.bedrock.ContentBlocks}
 * is the one place that converts the SDK's content blocks, both ways. Requests are still built with
 * the SDK's builders in this package tree; nothing outside it touches the Bedrock runtime's model
 * (architecture.LayersTest).
 *
 * <p>In the CLI, {@code AwsSession.open(awsOptions, environment, err, null)} does the first two
 * steps (printing where region and credentials came from) and {@code session.caller(catalog)} the
 * third.
 *
 * <p>{@link dev.claudemigrate.bedrock.ModelChoice} turns {@code --to TARGET} into the inference
 * profile for the region; {@code smoke.StopReasons.judge} classifies stop reasons (refusals and
 * values unknown to the SDK are failures). Recordings are JSON Lines of {@link
 * dev.claudemigrate.bedrock.Exchange}; see docs/smoke.md.
 */
package dev.claudemigrate.bedrock;
