package dev.claudemigrate.eval.batch;

import java.util.List;

/**
 * What batch mode needs from AWS: S3 objects and Bedrock model-invocation jobs. The AWS SDK
 * implementation lives in the bedrock adapter layer ({@code bedrock.batch}); eval sees only this.
 * Every method fails with a {@link BatchException} carrying one line for the user.
 */
public interface BatchBackend {
  /** Writes an object (replacing one with the same key). */
  void put(S3Location object, byte[] content);

  /** The keys of the objects under {@code prefix}, as locations. */
  List<S3Location> list(S3Location prefix);

  /** Reads an object. */
  byte[] get(S3Location object);

  /** Creates a model-invocation job and returns its ARN. */
  String createJob(JobRequest request);

  /** The job's current state. */
  JobStatus job(String jobArn);
}
