package dev.claudemigrate.bedrock.doctor;

/**
 * One line of the doctor's answer: a thing that is ready or not, and the fix when it is not.
 *
 * @param name what was checked (region, credentials, model, model access, inference profile,
 *     guardrail)
 * @param status how it stands
 * @param detail what was found
 * @param fix what to do, or null when nothing is needed
 */
public record DoctorItem(String name, Status status, String detail, String fix) {

  /** READY and INFO need nothing; WARN deserves a look; NOT_READY blocks the migration. */
  public enum Status {
    READY,
    INFO,
    WARN,
    NOT_READY
  }

  static DoctorItem ready(String name, String detail) {
    return new DoctorItem(name, Status.READY, detail, null);
  }
}
