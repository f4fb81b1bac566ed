package dev.claudemigrate.bedrock.batch;

import dev.claudemigrate.eval.batch.BatchBackend;
import dev.claudemigrate.eval.batch.BatchException;
import dev.claudemigrate.eval.batch.JobRequest;
import dev.claudemigrate.eval.batch.JobStatus;
import dev.claudemigrate.eval.batch.S3Location;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CreateModelInvocationJobRequest;
import software.amazon.awssdk.services.bedrock.model.GetModelInvocationJobResponse;
import software.amazon.awssdk.services.bedrock.model.ModelInvocationJobInputDataConfig;
import software.amazon.awssdk.services.bedrock.model.ModelInvocationJobOutputDataConfig;
import software.amazon.awssdk.services.bedrock.model.ModelInvocationJobS3InputDataConfig;
import software.amazon.awssdk.services.bedrock.model.ModelInvocationJobS3OutputDataConfig;
import software.amazon.awssdk.services.bedrock.model.S3InputFormat;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Batch mode on the AWS SDK: S3 PutObject, ListObjectsV2 and GetObject for the files, Bedrock
 * CreateModelInvocationJob and GetModelInvocationJob for the jobs. SDK types stay in here; every
 * failure becomes a {@link BatchException} whose message names the step, the object or job, and the
 * service's reason.
 */
public final class SdkBatchBackend implements BatchBackend {
  private final S3Client s3;
  private final BedrockClient bedrock;

  public SdkBatchBackend(S3Client s3, BedrockClient bedrock) {
    this.s3 = s3;
    this.bedrock = bedrock;
  }

  @Override
  public void put(S3Location object, byte[] content) {
    call(
        "cannot upload " + object,
        () ->
            s3.putObject(
                b -> b.bucket(object.bucket()).key(object.key()).contentType("application/jsonl"),
                RequestBody.fromBytes(content)));
  }

  @Override
  public List<S3Location> list(S3Location prefix) {
    return call(
        "cannot list " + prefix,
        () -> {
          List<S3Location> out = new ArrayList<>();
          String token = null;
          do {
            ListObjectsV2Request.Builder req =
                ListObjectsV2Request.builder().bucket(prefix.bucket()).prefix(prefix.key());
            if (token != null) {
              req.continuationToken(token);
            }
            ListObjectsV2Response page = s3.listObjectsV2(req.build());
            for (S3Object o : page.contents()) {
              out.add(new S3Location(prefix.bucket(), o.key()));
            }
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
          } while (token != null);
          return out;
        });
  }

  @Override
  public byte[] get(S3Location object) {
    return call(
        "cannot download " + object,
        () -> s3.getObjectAsBytes(b -> b.bucket(object.bucket()).key(object.key())).asByteArray());
  }

  @Override
  public String createJob(JobRequest r) {
    CreateModelInvocationJobRequest request =
        CreateModelInvocationJobRequest.builder()
            .jobName(r.jobName())
            .modelId(r.modelId())
            .roleArn(r.roleArn())
            .clientRequestToken(r.clientRequestToken())
            .inputDataConfig(
                ModelInvocationJobInputDataConfig.fromS3InputDataConfig(
                    ModelInvocationJobS3InputDataConfig.builder()
                        .s3Uri(r.input().toString())
                        .s3InputFormat(S3InputFormat.JSONL)
                        .build()))
            .outputDataConfig(
                ModelInvocationJobOutputDataConfig.fromS3OutputDataConfig(
                    ModelInvocationJobS3OutputDataConfig.builder()
                        .s3Uri(r.output().toString())
                        .build()))
            .build();
    return call(
        "cannot create the batch job for " + r.modelId(),
        () -> bedrock.createModelInvocationJob(request).jobArn());
  }

  @Override
  public JobStatus job(String jobArn) {
    GetModelInvocationJobResponse r =
        call(
            "cannot read batch job " + jobArn,
            () -> bedrock.getModelInvocationJob(b -> b.jobIdentifier(jobArn)));
    return new JobStatus(r.statusAsString(), r.message());
  }

  private interface Step<T> {
    T run();
  }

  /** Runs one SDK call; a failure becomes one line: what we did, and what the service said. */
  private static <T> T call(String what, Step<T> step) {
    try {
      return step.run();
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      String message =
          e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
              ? e.awsErrorDetails().errorMessage()
              : e.getMessage();
      throw new BatchException(
          what
              + ": "
              + (code == null ? "" : code + ": ")
              + message
              + " (HTTP "
              + e.statusCode()
              + ")",
          e);
    } catch (SdkException e) {
      throw new BatchException(what + ": " + e.getMessage(), e);
    }
  }
}
