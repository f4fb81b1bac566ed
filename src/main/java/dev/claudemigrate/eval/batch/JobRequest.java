package dev.claudemigrate.eval.batch;

/**
 * A {@code CreateModelInvocationJob} request.
 *
 * @param jobName the job's name (unique per account and region)
 * @param modelId the model or inference-profile ID that answers the records
 * @param roleArn the IAM service role Bedrock assumes to read the input and write the output
 * @param input the JSONL input object
 * @param output the prefix the job writes its {@code .out} files under
 * @param clientRequestToken makes a repeated create (after a crash before the ARN was saved) return
 *     the same job instead of a second one
 */
public record JobRequest(
    String jobName,
    String modelId,
    String roleArn,
    S3Location input,
    S3Location output,
    String clientRequestToken) {}
