package dev.claudemigrate.eval.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claudemigrate.eval.ModelResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one finished job, by record ID, read from its {@code <input name>.out} files
 * (output order is not guaranteed). A record with an {@code error} stays an error; a record with no
 * line at all is an error too, and so is every record of a job that ended without output.
 */
final class JobAnswers {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Map<String, ModelResponse> answers;
  private final String missing;

  private JobAnswers(Map<String, ModelResponse> answers, String missing) {
    this.answers = answers;
    this.missing = missing;
  }

  /** A job that failed, stopped or expired: every record is an error saying so. */
  static JobAnswers none(JobLedger.Entry job, JobStatus status) {
    return new JobAnswers(
        Map.of(),
        "batch job "
            + status.state()
            + (status.message() == null ? "" : ": " + status.message())
            + " ("
            + job.jobArn()
            + ")");
  }

  /** Reads the job's {@code .out} files under its output prefix. */
  static JobAnswers read(BatchBackend backend, JobLedger.Entry job, JobStatus status) {
    S3Location output = S3Location.parse(job.output(), "output");
    String outName = S3Location.parse(job.input(), "input").name() + ".out";
    List<S3Location> files =
        backend.list(output).stream().filter(o -> o.key().endsWith("/" + outName)).toList();
    Map<String, ModelResponse> answers = new HashMap<>();
    for (S3Location f : files) {
      String text = new String(backend.get(f), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          parse(line, answers);
        }
      }
    }
    return new JobAnswers(
        answers,
        "no answer for this record in the output of batch job "
            + status.state()
            + " ("
            + job.jobArn()
            + ")");
  }

  private static void parse(String line, Map<String, ModelResponse> answers) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (IOException e) {
      return; // a line that is not JSON answers no record; its record is reported missing
    }
    String id = node.path("recordId").asText(null);
    if (id == null) {
      return;
    }
    JsonNode error = node.get("error");
    if (error != null && !error.isNull()) {
      String code = error.path("errorCode").asText("");
      answers.put(
          id,
          ModelResponse.failed(
              "batch record error"
                  + (code.isEmpty() ? "" : " " + code)
                  + ": "
                  + error.path("errorMessage").asText(error.toString()),
              0));
    } else if (node.has("modelOutput")) {
      answers.put(id, MessagesFormat.response(node.get("modelOutput")));
    }
  }

  ModelResponse answer(String recordId) {
    ModelResponse r = answers.get(recordId);
    return r != null ? r : ModelResponse.failed(missing, 0);
  }
}
