package dev.claudemigrate.engine.requests;

import java.util.List;

/**
 * Where a project sends a request: the call, and where its body is built when that is elsewhere.
 *
 * @param path the file, relative to the project root, with forward slashes
 * @param line 1-based line of the call (or of the request object when no call is seen)
 * @param bodyLine 1-based line where the body is built, or 0 when it is the call's own line
 * @param runtime parts of the request built at run time here, each as {@code part: expression};
 *     they are not smoke-tested
 */
public record CallSite(String path, int line, int bodyLine, List<String> runtime) {

  public CallSite {
    runtime = List.copyOf(runtime);
  }

  /** {@code path:line}, with {@code (body at line N)} when the body is built on another line. */
  @Override
  public String toString() {
    return path
        + ":"
        + line
        + (bodyLine > 0 && bodyLine != line ? " (body at line " + bodyLine + ")" : "");
  }
}
