package dev.claudemigrate.engine.rules.modelid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The expression for the name a model ID is bound to, against the same without its look-behind. */
class PerModelTypesTest {
  private static final Pattern WITHOUT_LOOK_BEHIND =
      Pattern.compile("([A-Za-z_][\\w]*)['\"]?\\s*(?::[^=]*=|[:=(]|=>)\\s*:?[\"'`]?$");

  private static String bound(Pattern p, String head) {
    Matcher m = p.matcher(head);
    return m.find() ? m.start(1) + ":" + m.group(1) : "none";
  }

  @Test
  void findsTheSameNamesAsTheExpressionWithoutTheLookBehind() {
    List<String> heads =
        List.of(
            "    ModelSonnet45 = \"",
            "CLAUDE_3_7: Final = \"",
            "  claude35: '",
            "    SONNET_4(\"",
            "  CLAUDE_SONNET_4_5 = :",
            "9abc = \"",
            "x9_y => '",
            "client.invoke(modelId=\"us.anthropic.",
            "models: Dict[str, str] = {\"a\": \"",
            "",
            "no binding here ");
    for (String head : heads) {
      assertEquals(bound(WITHOUT_LOOK_BEHIND, head), bound(PerModelTypes.BOUND_NAME, head), head);
    }
    Random r = new Random(7);
    String alphabet = "aZ_9 :=(>\"'`.x";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder head = new StringBuilder();
      for (int n = r.nextInt(24); n > 0; n--) {
        head.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String h = head.toString();
      assertEquals(bound(WITHOUT_LOOK_BEHIND, h), bound(PerModelTypes.BOUND_NAME, h), h);
    }
  }
}
