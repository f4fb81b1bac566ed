package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.claudemigrate.engine.source.Language;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectRegionTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DOTENV|AWS_REGION=eu-west-1|eu-west-1",
        "DOTENV|export AWS_DEFAULT_REGION=\"ap-southeast-2\"|ap-southeast-2",
        "DOTENV|# AWS_REGION=eu-west-1\\nAWS_REGION=us-west-2|us-west-2",
        "DOTENV|AWS_REGION=${REGION}|",
        "YAML|env:\\n  AWS_REGION: us-east-2|us-east-2",
        "YAML|environment:\\n  - AWS_REGION=eu-central-1|eu-central-1",
        "YAML|provider:\\n  region: ap-northeast-1 # Tokyo|ap-northeast-1",
        "YAML|region: '{{ region }}'|",
        "YAML|description: deployed in us-east-1 and eu-west-1|",
        "TERRAFORM|provider \"aws\" {\\n  region = \"us-east-1\"\\n}|us-east-1",
        "TERRAFORM|provider \"aws\" {\\n  region = var.region\\n}|",
        "PROPERTIES|aws.region=us-gov-west-1|us-gov-west-1",
        "PYTHON|client = boto3.client(\"bedrock-runtime\", region_name=\"eu-west-3\")|eu-west-3",
        "PYTHON|# region_name=\"eu-west-3\"\\nx = 1|",
        "JAVA|BedrockRuntimeClient.builder().region(Region.US_WEST_2).build();|us-west-2",
        "JAVA|.region(Region.of(\"eu-north-1\"))|eu-north-1",
        "TYPESCRIPT|new BedrockRuntimeClient({ region: 'ca-central-1' })|ca-central-1",
        "GO|cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion(\"sa-east-1\"))|sa-east-1",
        "GO|log.Printf(\"not a setting: us-east-1\")|",
        "JAVA|Region r = Region.US_EAST_1; String other = \"region\" ;|us-east-1",
      })
  void findsOnlyExplicitRegionSettings(Language language, String text, String expected) {
    assertEquals(
        Optional.ofNullable(expected), ProjectRegion.find(language, text.replace("\\n", "\n")));
  }
}
