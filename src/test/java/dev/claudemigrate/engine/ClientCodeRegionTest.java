package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.MigrationResult;
import dev.claudemigrate.engine.rules.modelid.ModelIdRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field class "region stated in client code in another file": the model ID is in a configuration
 * file and the Bedrock client is built with an explicit region in code no rule reads. Before, that
 * code was not searched (only configuration files and files with a rule hit were), so the base ID
 * was reported for want of a region. The region of such client code now decides when no
 * configuration states one and all client code agrees on the geography.
 */
class ClientCodeRegionTest {
  private static final Catalog CATALOG = Catalog.builtin();
  private static final String BASE_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0";
  private static final String CONFIG = "bedrock:\n  model:\n    id: " + BASE_ID + "\n";

  @TempDir Path root;

  private void write(String rel, String text) throws IOException {
    Files.createDirectories(root.resolve(rel).getParent());
    Files.writeString(root.resolve(rel), text);
  }

  private static String javaClient(String region) {
    return """
        import software.amazon.awssdk.regions.Region;
        import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

        class AwsConfig {
          BedrockRuntimeClient client() {
            return BedrockRuntimeClient.builder().region(%s).build();
          }
        }
        """
        .formatted(region);
  }

  private MigrationResult scan() {
    ScanRequest request =
        ScanRequest.defaults(root, CATALOG, CATALOG.target("sonnet-4.6").orElseThrow());
    return new Scanner(List.of(new ModelIdRule(), new FakeRule("old", "OLD"))).scan(request);
  }

  /** The ID in application.yml, its edit (null when reported without one). */
  private String rewriteOfConfig() throws IOException {
    write("src/main/resources/application.yml", CONFIG);
    Finding f =
        scan().findings().stream()
            .filter(x -> x.path().endsWith("application.yml"))
            .findFirst()
            .orElseThrow();
    return f.edits().isEmpty() ? null : f.edits().get(0).replacement();
  }

  private String projectRegion() {
    return scan().findings().stream()
        .filter(x -> x.ruleId().equals("old"))
        .findFirst()
        .orElseThrow()
        .message();
  }

  @Test
  void beforeNoClientCodeTheBaseIdIsReported() throws IOException {
    assertEquals(null, rewriteOfConfig());
  }

  @Test
  void aJavaClientsRegionConstantDecidesTheProfile() throws IOException {
    write("src/main/java/app/AwsConfig.java", javaClient("Region.AP_NORTHEAST_1"));
    assertEquals("jp.anthropic.claude-sonnet-4-6", rewriteOfConfig());
  }

  @Test
  void aJavaClientsRegionOfLiteralDecidesTheProfile() throws IOException {
    write("src/main/java/app/AwsConfig.java", javaClient("Region.of(\"eu-central-1\")"));
    assertEquals("eu.anthropic.claude-sonnet-4-6", rewriteOfConfig());
  }

  @Test
  void aRegionReadAtRunTimeDecidesNothing() throws IOException {
    write(
        "src/main/java/app/AwsConfig.java", javaClient("Region.of(System.getenv(\"AWS_REGION\"))"));
    assertEquals(null, rewriteOfConfig());
  }

  @Test
  void clientCodeInTwoGeographiesDecidesNothing() throws IOException {
    write("src/main/java/app/AwsConfig.java", javaClient("Region.AP_NORTHEAST_1"));
    write("src/main/java/app/EuConfig.java", javaClient("Region.EU_WEST_1"));
    assertEquals(null, rewriteOfConfig());
  }

  @Test
  void clientCodeInOneGeographyDecides() throws IOException {
    write("src/main/java/app/AwsConfig.java", javaClient("Region.US_EAST_1"));
    write("src/main/java/app/Other.java", javaClient("Region.US_WEST_2"));
    assertTrue(rewriteOfConfig().startsWith("us."));
  }

  @Test
  void eachSdksClientLiteralCounts() throws IOException {
    String[][] cases = {
      {"app.py", "client = boto3.client(\"bedrock-runtime\", region_name=\"eu-west-3\")\n"},
      {"src/client.ts", "const c = new BedrockRuntimeClient({ region: \"ap-northeast-1\" });\n"},
      {
        "main.go",
        "cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(\"us-west-2\"))\n"
            + "c := bedrockruntime.NewFromConfig(cfg)\n"
      },
      {"Client.kt", "val c = BedrockRuntimeClient { region = \"eu-north-1\" }\n"},
    };
    String[] expected = {"eu-west-3", "ap-northeast-1", "us-west-2", "eu-north-1"};
    write("a/trigger.py", "x = \"OLD\"\n");
    for (int i = 0; i < cases.length; i++) {
      write(cases[i][0], cases[i][1]);
      assertEquals("region " + expected[i], projectRegion(), cases[i][0]);
      Files.delete(root.resolve(cases[i][0]));
    }
  }

  @Test
  void onlyExplicitLiteralsInCodeThatNamesBedrockCount() throws IOException {
    write("a/trigger.py", "x = \"OLD\"\n");
    write("s3.py", "s3 = boto3.client(\"s3\", region_name=\"eu-west-1\")\n");
    write("infra/stack.ts", "new BedrockStack(app, 'x', { env: { region: cdk.Aws.REGION } });\n");
    write("src/test/java/app/ClientTest.java", javaClient("Region.EU_WEST_1"));
    assertEquals("region none", projectRegion());
  }

  @Test
  void aConfigurationRegionStillComesFirst() throws IOException {
    write("a/trigger.py", "x = \"OLD\"\n");
    write("src/main/java/app/AwsConfig.java", javaClient("Region.AP_NORTHEAST_1"));
    write("z/.env", "AWS_REGION=eu-west-1\n");
    assertEquals("region eu-west-1", projectRegion());
  }
}
