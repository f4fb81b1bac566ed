package dev.claudemigrate.eval.batch;

/**
 * An S3 object or prefix, {@code s3://bucket/key}.
 *
 * @param bucket the bucket name
 * @param key the key or key prefix, without a leading slash ("" for the whole bucket)
 */
public record S3Location(String bucket, String key) {

  public S3Location {
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalArgumentException("an S3 location needs a bucket");
    }
    key = key == null ? "" : key;
  }

  /** Parses {@code s3://bucket/prefix}; anything else is a usage error naming the option. */
  public static S3Location parse(String uri, String option) {
    if (uri == null || !uri.startsWith("s3://") || uri.length() == "s3://".length()) {
      throw new IllegalArgumentException(option + " wants s3://bucket/prefix, got '" + uri + "'");
    }
    String rest = uri.substring("s3://".length());
    int slash = rest.indexOf('/');
    return slash < 0
        ? new S3Location(rest, "")
        : new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
  }

  /** This prefix followed by {@code name}, one slash between. */
  public S3Location child(String name) {
    if (key.isEmpty() || key.endsWith("/")) {
      return new S3Location(bucket, key + name);
    }
    return new S3Location(bucket, key + "/" + name);
  }

  /** The last path segment of the key. */
  public String name() {
    String k = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    return k.substring(k.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return "s3://" + bucket + "/" + key;
  }
}
