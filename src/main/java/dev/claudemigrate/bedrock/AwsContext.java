package dev.claudemigrate.bedrock;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Where and as whom calls go, once resolved; the sources are shown to the user, never the secrets.
 *
 * @param region the AWS region
 * @param regionSource where the region came from, e.g. {@code --region} or {@code AWS_REGION}
 * @param credentials the provider the SDK clients sign with
 * @param credentialSource where the credentials came from, e.g. {@code environment} or {@code
 *     profile dev}
 */
public record AwsContext(
    String region,
    String regionSource,
    AwsCredentialsProvider credentials,
    String credentialSource) {}
