package dev.claudemigrate.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.claudemigrate.bedrock.BedrockStandIn;
import dev.claudemigrate.bedrock.BedrockStandIn.Received;
import dev.claudemigrate.bedrock.BedrockStandIn.Reply;
import dev.claudemigrate.bedrock.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate doctor} against a stand-in of the Bedrock control plane (rest-json GETs). */
class DoctorCommandTest {
  static final String BASE = "anthropic.claude-sonnet-4-6";

  @TempDir Path dir;
  private BedrockStandIn standIn;
  private String lifecycle = "ACTIVE";
  private String entitlement = "AVAILABLE";
  private String agreement = "AVAILABLE";
  private List<String> profilePrefixes = new ArrayList<>(List.of("us", "eu"));
  private String guardrailStatus = "READY";
  private String base = BASE;

  /** Live lifecycle per base model ID; a model absent here answers {@link #lifecycle}. */
  private final Map<String, String> lifecycles = new HashMap<>();

  /** Base model IDs the region does not serve: GetFoundationModel answers 404, as Bedrock does. */
  private final List<String> gone = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    standIn = new BedrockStandIn().fallback(this::controlPlane);
  }

  @AfterEach
  void stop() {
    standIn.close();
  }

  private Reply controlPlane(Received r) {
    if (r.operation().equals("GetFoundationModel") && gone.contains(r.resource())) {
      return Reply.error(
          404, "ResourceNotFoundException", "Could not find model " + r.resource() + ".");
    }
    return switch (r.operation()) {
      case "GetFoundationModel" ->
          Reply.ok(
              Json.write(
                  Map.of(
                      "modelDetails",
                      Map.of(
                          "modelId",
                          r.resource(),
                          "modelArn",
                          "arn:aws:bedrock:us-east-1::foundation-model/" + r.resource(),
                          "modelName",
                          "Claude Sonnet 4.6",
                          "providerName",
                          "Anthropic",
                          "inferenceTypesSupported",
                          List.of("INFERENCE_PROFILE"),
                          "modelLifecycle",
                          Map.of("status", lifecycles.getOrDefault(r.resource(), lifecycle))))));
      case "GetFoundationModelAvailability" ->
          Reply.ok(
              Json.write(
                  Map.of(
                      "modelId",
                      r.resource(),
                      "agreementAvailability",
                      Map.of("status", agreement),
                      "authorizationStatus",
                      "AUTHORIZED",
                      "entitlementAvailability",
                      entitlement,
                      "regionAvailability",
                      "AVAILABLE")));
      case "ListInferenceProfiles" ->
          Reply.ok(
              Json.write(
                  Map.of(
                      "inferenceProfileSummaries",
                      profilePrefixes.stream().map(this::profile).toList())));
      case "GetGuardrail" ->
          Reply.ok(
              Json.write(
                  Map.of(
                      "name",
                      "prod-filter",
                      "guardrailId",
                      r.resource(),
                      "guardrailArn",
                      "arn:aws:bedrock:us-east-1:123456789012:guardrail/" + r.resource(),
                      "version",
                      r.query().get("guardrailVersion"),
                      "status",
                      guardrailStatus,
                      "statusReasons",
                      guardrailStatus.equals("READY")
                          ? List.of()
                          : List.of("policy creation failed"))));
      default -> Reply.error(404, "UnknownOperationException", r.operation());
    };
  }

  private Map<String, Object> profile(String prefix) {
    String region = prefix.equals("us") ? "us-east-1" : "eu-west-1";
    String region2 = prefix.equals("us") ? "us-west-2" : "eu-central-1";
    return Map.of(
        "inferenceProfileId",
        prefix + "." + base,
        "inferenceProfileName",
        prefix.toUpperCase() + " Claude Sonnet 4.6",
        "inferenceProfileArn",
        "arn:aws:bedrock:" + region + ":123456789012:inference-profile/" + prefix + "." + base,
        "status",
        "ACTIVE",
        "type",
        "SYSTEM_DEFINED",
        "models",
        List.of(
            Map.of("modelArn", "arn:aws:bedrock:" + region + "::foundation-model/" + base),
            Map.of("modelArn", "arn:aws:bedrock:" + region2 + "::foundation-model/" + base)));
  }

  /** The paths of the GetFoundationModel calls the stand-in received, in order. */
  private List<String> askedModels() {
    return standIn.received().stream()
        .filter(x -> x.operation().equals("GetFoundationModel"))
        .map(Received::rawPath)
        .toList();
  }

  private CliRun doctor(String... args) {
    return CliRun.against(dir, standIn.endpoint(), "doctor", args);
  }

  @Test
  void everythingReadyExitsZeroAndCallsTheRealPaths() {
    CliRun r =
        doctor("--region", "us-east-1", "--guardrail-id", "gr-prod", "--guardrail-version", "3");

    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("READY      model"), r.out());
    assertTrue(
        r.out()
            .contains("us.anthropic.claude-sonnet-4-6 is ACTIVE, routes to us-east-1, us-west-2"),
        r.out());
    assertTrue(r.out().contains("'prod-filter' (gr-prod) version 3 is READY"), r.out());
    assertTrue(
        r.out().matches("(?s).*READY +credentials +environment \\(AWS_ACCESS_KEY_ID\\).*"),
        r.out());
    Received model =
        standIn.received().stream()
            .filter(x -> x.operation().equals("GetFoundationModel"))
            .findFirst()
            .orElseThrow();
    assertEquals("/foundation-models/anthropic.claude-sonnet-4-6", model.rawPath());
    Received list =
        standIn.received().stream()
            .filter(x -> x.operation().equals("ListInferenceProfiles"))
            .findFirst()
            .orElseThrow();
    assertEquals("SYSTEM_DEFINED", list.query().get("type"), list.query().toString());
  }

  @Test
  void theCatalogDateIsShownButTheLiveStateWins() {
    base = "anthropic.claude-sonnet-4-5-20250929-v1:0";
    CliRun r = doctor("--region", "us-east-1", "--to", "sonnet-4.5");

    assertTrue(
        r.out().matches("(?s).*INFO +lifecycle +the catalog gives end of life 2027-04-08.*"),
        r.out());
    assertTrue(r.out().contains("Bedrock reports ACTIVE, which wins"), r.out());
  }

  @Test
  void withDirEachProjectModelIsComparedAndADisagreementIsAWarning() throws Exception {
    Path project = Files.createDirectories(dir.resolve("app"));
    Files.writeString(
        project.resolve("client.py"),
        "FAST = \"anthropic.claude-sonnet-4-5-20250929-v1:0\"\n"
            + "OLD = \"us.anthropic.claude-sonnet-4-20250514-v1:0\"\n"
            + "OLDER = \"anthropic.claude-3-7-sonnet-20250219-v1:0\"\n"
            + "AGAIN = \"eu.anthropic.claude-sonnet-4-5-20250929-v1:0\"\n");
    // The catalog calls 4.5 LEGACY on 2026-11-26; this region still says ACTIVE.
    lifecycles.put("anthropic.claude-sonnet-4-5-20250929-v1:0", "ACTIVE");
    lifecycles.put("anthropic.claude-sonnet-4-20250514-v1:0", "LEGACY");
    gone.add("anthropic.claude-3-7-sonnet-20250219-v1:0");

    CliRun r = doctor("--region", "us-east-1", "app");

    assertEquals(0, r.code(), "a disagreement is a warning, not a failure: " + r.out() + r.err());
    List<String> lines = r.out().lines().filter(l -> l.contains("project model")).toList();
    assertEquals(3, lines.size(), "one line per distinct model: " + r.out());
    assertTrue(
        lines.get(0).startsWith("WARN")
            && lines
                .get(0)
                .contains(
                    "Claude Sonnet 4.5 (anthropic.claude-sonnet-4-5-20250929-v1:0): catalog says"
                        + " LEGACY (end of life 2027-04-08), us-east-1 says ACTIVE: they disagree,"
                        + " the region wins"),
        r.out());
    assertTrue(r.out().contains("fix: update the lifecycle of 'claude-sonnet-4-5'"), r.out());
    // Retired in the catalog, still described by the region: not agreement.
    assertTrue(
        lines.get(1).startsWith("WARN")
            && lines
                .get(1)
                .contains(
                    "catalog says END_OF_LIFE (end of life 2026-10-14), us-east-1 says LEGACY:"
                        + " they disagree, the region wins"),
        r.out());
    assertTrue(
        lines.get(2).startsWith("INFO")
            && lines.get(2).endsWith("; no foundation model in us-east-1"),
        r.out());
    List<String> asked = askedModels();
    assertEquals(4, asked.size(), "the target and each project model once: " + asked);
  }

  @Test
  void withDirEveryClaudeModelIsListedNotOnlyTheOnesTheTargetReplaces() throws Exception {
    Path project = Files.createDirectories(dir.resolve("app"));
    Files.writeString(
        project.resolve("models.py"),
        "FAST = \"us.anthropic.claude-haiku-4-5-20251001-v1:0\"\n"
            + "BIG = \"global.anthropic.claude-opus-4-5-20251101-v1:0\"\n"
            + "MAIN = \"us.anthropic.claude-sonnet-4-6\"\n"
            + "TINY = \"anthropic.claude-3-haiku-20240307-v1:0\"\n");
    Files.writeString(
        project.resolve("Ask.java"),
        "import com.anthropic.models.messages.Model;\n"
            + "class Ask { Model m = Model.CLAUDE_3_5_HAIKU_20241022; }\n");
    Files.writeString(
        project.resolve("stack.ts"),
        "const m = bedrock.BedrockFoundationModel.ANTHROPIC_CLAUDE_3_7_SONNET_V1_0;\n");
    lifecycles.put("anthropic.claude-3-haiku-20240307-v1:0", "LEGACY");

    CliRun r = doctor("--region", "us-east-1", "app");

    assertEquals(0, r.code(), r.out() + r.err());
    List<String> lines = r.out().lines().filter(l -> l.contains("project model")).toList();
    List<String> named =
        List.of(
            "Claude 3.5 Haiku (anthropic.claude-3-5-haiku-20241022-v1:0)",
            "Claude Haiku 4.5 (anthropic.claude-haiku-4-5-20251001-v1:0)",
            "Claude Opus 4.5 (anthropic.claude-opus-4-5-20251101-v1:0)",
            "Claude Sonnet 4.6 (anthropic.claude-sonnet-4-6)",
            "Claude 3 Haiku (anthropic.claude-3-haiku-20240307-v1:0)",
            "Claude 3.7 Sonnet (anthropic.claude-3-7-sonnet-20250219-v1:0)");
    assertEquals(named.size(), lines.size(), r.out());
    for (int i = 0; i < named.size(); i++) {
      assertTrue(lines.get(i).contains(named.get(i)), i + ": " + r.out());
    }
    assertTrue(
        lines.get(3).startsWith("INFO") && lines.get(3).endsWith("us-east-1 says ACTIVE"), r.out());
    assertTrue(
        lines.get(4).startsWith("WARN")
            && lines.get(4).contains("catalog says no lifecycle dates, us-east-1 says LEGACY")
            && !lines.get(4).contains("disagree"),
        r.out());
    List<String> asked = askedModels();
    assertEquals(6, asked.size(), "once per model, the target's answer shared: " + asked);
    assertEquals(6, asked.stream().distinct().count(), asked.toString());
  }

  @Test
  void withoutDirThereIsNoProjectCheckAndAMissingDirIsAUsageError() {
    CliRun none = doctor("--region", "us-east-1");
    CliRun missing = doctor("--region", "us-east-1", "no-such-folder");

    assertTrue(!none.out().contains("project model"), none.out());
    assertEquals(2, missing.code(), missing.out() + missing.err());
    assertTrue(missing.err().contains("no-such-folder: no such file or folder"), missing.err());
    assertEquals(
        0,
        standIn.received().stream().filter(x -> x.rawPath().contains("3-7")).count(),
        "nothing asked about models the project does not use");
  }

  @Test
  void anUnreadableProjectFileIsOneLineAndExitThree() throws Exception {
    Path project = Files.createDirectories(dir.resolve("app"));
    Files.writeString(
        project.resolve("client.py"), "M = \"anthropic.claude-sonnet-4-5-20250929-v1:0\"\n");
    // Not UTF-8, and it names a model, so the scan has to decode it.
    byte[] text = "N = \"anthropic.claude-sonnet-4-20250514-v1:0\" # \n".getBytes(UTF_8);
    text[text.length - 2] = (byte) 0xC3;
    Files.write(project.resolve("bad.py"), text);

    CliRun r = doctor("--region", "us-east-1", "app");

    assertEquals(3, r.code(), r.out() + r.err());
    assertEquals(
        1, r.err().lines().filter(l -> l.startsWith("migrate doctor: bad.py")).count(), r.err());
    assertTrue(r.out().contains("project model      Claude Sonnet 4.5"), r.out());
  }

  @Test
  void aLegacyModelIsAWarning() {
    lifecycle = "LEGACY";
    base = "anthropic.claude-sonnet-4-5-20250929-v1:0";

    CliRun r = doctor("--region", "us-east-1", "--to", "sonnet-4.5");

    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(
        r.out().contains("WARN       model")
            && r.out().contains("is LEGACY; end of life 2027-04-08"),
        r.out());
  }

  @Test
  void missingModelAccessAndEulaAreNotReadyWithTheFix() {
    entitlement = "NOT_AVAILABLE";
    agreement = "PENDING";

    CliRun r = doctor("--region", "us-east-1");

    assertEquals(1, r.code());
    assertTrue(r.out().contains("NOT_READY  model access"), r.out());
    assertTrue(
        r.out().contains("accept the Anthropic EULA") && r.out().contains("under Model access"),
        r.out());
  }

  @Test
  void noProfileForTheRegionNamesTheOthers() {
    profilePrefixes = List.of("eu");

    CliRun r = doctor("--region", "us-east-1");

    assertEquals(1, r.code());
    assertTrue(
        r.out().contains("us.anthropic.claude-sonnet-4-6 is not offered in us-east-1"), r.out());
    assertTrue(
        r.out().contains("pass --model with one of: eu.anthropic.claude-sonnet-4-6"), r.out());
  }

  @Test
  void aBaseIdIsFlaggedWithTheProfileToUse() {
    CliRun r = doctor("--region", "eu-west-1", "--model", BASE);

    assertEquals(1, r.code());
    assertTrue(r.out().contains("cannot be called on demand"), r.out());
  }

  @Test
  void aGuardrailThatIsNotReadyOrMissing() {
    guardrailStatus = "FAILED";
    CliRun failed =
        doctor("--region", "us-east-1", "--guardrail-id", "gr-bad", "--guardrail-version", "1");
    standIn.fallback(
        r ->
            r.operation().equals("GetGuardrail")
                ? Reply.error(404, "ResourceNotFoundException", "Guardrail gr-gone not found")
                : controlPlane(r));
    CliRun missing =
        doctor("--region", "us-east-1", "--guardrail-id", "gr-gone", "--guardrail-version", "1");

    assertEquals(1, failed.code());
    assertTrue(failed.out().contains("is FAILED: policy creation failed"), failed.out());
    assertEquals(1, missing.code());
    assertTrue(
        missing.out().contains("NOT_READY  guardrail")
            && missing.out().contains("ResourceNotFoundException (HTTP 404)"),
        missing.out());
    assertTrue(
        missing.out().contains("fix: check --guardrail-id and --guardrail-version"), missing.out());
  }

  @Test
  void accessDeniedOnTheControlPlaneAsksForReadOnlyIam() {
    standIn.enqueue(
        Reply.error(
            403,
            "AccessDeniedException",
            "User is not authorized to perform: bedrock:GetFoundationModel"));

    CliRun r = doctor("--region", "us-east-1");

    assertEquals(1, r.code());
    assertTrue(
        r.out().contains("fix: allow the read-only actions bedrock:GetFoundationModel"), r.out());
  }

  @Test
  void missingRegionExitsThreeWithOneLineAndTheFix() {
    CliRun r = doctor();

    assertEquals(3, r.code());
    assertEquals(1, r.err().lines().filter(l -> l.startsWith("migrate doctor:")).count(), r.err());
    assertTrue(r.err().contains("no AWS region: pass --region, set AWS_REGION"), r.err());
  }

  @Test
  void recordThenReplayGivesTheSameAnswer() {
    Path file = dir.resolve("doctor.jsonl");
    CliRun recorded =
        doctor("--region", "us-east-1", "--record", file.toString(), "--format", "json");

    CliRun replayed =
        CliRun.run(
            dir,
            CliRun.nothing(dir),
            "doctor",
            "--region",
            "us-east-1",
            "--replay",
            file.toString(),
            "--format",
            "json");

    JsonNode a = Json.parse(recorded.out()).orElseThrow();
    JsonNode b = Json.parse(replayed.out()).orElseThrow();
    ((ArrayNode) a.path("items")).remove(1);
    ((ArrayNode) b.path("items")).remove(1);
    assertEquals(a, b, "the same answers; only the credentials line differs (none in replay)");
    assertTrue(b.path("ready").asBoolean());
    assertEquals(
        "none (replay)",
        Json.parse(replayed.out()).orElseThrow().path("items").get(1).path("detail").asText());
  }
}
