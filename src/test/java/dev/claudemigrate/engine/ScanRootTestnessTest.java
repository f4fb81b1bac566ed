package dev.claudemigrate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.rules.modelid.ModelIdRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before (ADR 0090, rejected then): {@code migrate scan test/} read {@code test/live.py} as {@code
 * live.py}, not test code, and rewrote the model of a script that calls Bedrock to test it; the
 * same file was reported from the repository root. Test-ness now reads the scan root's own name
 * (ADR 0096), so both scans agree.
 */
class ScanRootTestnessTest {
  private static final Catalog CATALOG = Catalog.builtin();
  private static final String LIVE =
      "import boto3\nMODEL = 'us.anthropic.claude-3-5-sonnet-20241022-v2:0'\n"
          + "boto3.client('bedrock-runtime').converse(modelId=MODEL, messages=[])\n";

  @TempDir Path repo;

  private List<Finding> scan(Path root) {
    ScanRequest request =
        ScanRequest.defaults(root, CATALOG, CATALOG.target("sonnet-4.6").orElseThrow());
    return new Scanner(List.of(new ModelIdRule())).scan(request).findings();
  }

  private Finding only(Path root) {
    List<Finding> f = scan(root);
    assertEquals(1, f.size(), f::toString);
    return f.get(0);
  }

  @Test
  void aTestFolderScannedOnItsOwnIsStillTestCode() throws IOException {
    Files.createDirectories(repo.resolve("test"));
    Files.writeString(repo.resolve("test/live.py"), LIVE);
    Finding fromRepo = only(repo);
    Finding fromTests = only(repo.resolve("test"));
    Finding oneFile = only(repo.resolve("test/live.py"));
    for (Finding f : List.of(fromRepo, fromTests, oneFile)) {
      assertTrue(f.test(), f::toString);
      assertFalse(f.fixable(), f::toString);
    }
    assertEquals("live.py", fromTests.path());
  }

  /** A folder of application code scanned on its own keeps its rewrite. */
  @Test
  void anAppFolderScannedOnItsOwnIsNot() throws IOException {
    Files.createDirectories(repo.resolve("app"));
    Files.writeString(repo.resolve("app/live.py"), LIVE);
    Finding f = only(repo.resolve("app"));
    assertFalse(f.test(), f::toString);
    assertTrue(f.fixable(), f::toString);
  }
}
