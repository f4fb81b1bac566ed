package dev.claudemigrate.engine.rules.modelid;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.LastAnswer;
import dev.claudemigrate.engine.syntax.TextScan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A type whose body lists the models of several providers, one declaration each (a Scala {@code
 * object Bedrock:} of {@code val Claude4Sonnet_20250514V1_0 = LLM("anthropic.claude-...")} beside
 * AI21, Stability and Amazon models, holdout14 read as one project): a registry of what a library
 * can call, not the model a program uses. Its Claude entries are reported, never rewritten; the
 * target is added beside them by hand (docs/adr/0115).
 */
final class ProviderRegistries {
  /** A type declaration: indentation, then the keyword and name. */
  private static final Pattern TYPE =
      Pattern.compile(
          "(?m)^([ \\t]*)(?:(?:public|private|protected|internal|final|abstract|sealed|open|data"
              + "|static|export|case)\\s+)*(?:class|object|module|struct|enum|trait|interface)\\s+"
              + "[A-Za-z_]\\w*");

  /** A Bedrock model ID of some provider, perhaps with a profile prefix. */
  private static final Pattern PROVIDER_ID =
      Pattern.compile(
          "(?<![\\w.-])(?:(?:us|eu|apac|global|jp|au|us-gov)\\.)?(anthropic|amazon|ai21|meta|cohere"
              + "|mistral|stability|deepseek|writer|qwen|openai|twelvelabs|luma)\\.[a-z0-9]");

  private static final int PROVIDERS = 3;
  private static final int MODELS = 8;

  /** How far above an ID its type may be declared. */
  private static final int REACH = 20_000;

  /** Model ID prefixes of providers other than Anthropic, as {@link #PROVIDER_ID} spells them. */
  private static final List<String> OTHERS =
      List.of(
          "amazon.",
          "ai21.",
          "meta.",
          "cohere.",
          "mistral.",
          "stability.",
          "deepseek.",
          "writer.",
          "qwen.",
          "openai.",
          "twelvelabs.",
          "luma.");

  /** Whether the last text a thread asked about names enough providers to hold one. */
  private static final LastAnswer<Boolean> MAY_HOLD = new LastAnswer<>();

  private ProviderRegistries() {}

  /** Whether {@code m} is an entry of such a registry. */
  static boolean holds(SourceFile file, IdMatch m) {
    String text = file.text();
    if (!mayHold(text)) {
      return false; // most files: asked once per ID, answered once per file
    }
    int lineStart = TextScan.lineStart(text, m.start());
    int memberIndent = TextScan.skipWhite(text, lineStart) - lineStart;
    Matcher t = TYPE.matcher(text).region(Math.max(0, m.start() - REACH), lineStart);
    int bodyStart = -1;
    int bodyEnd = -1;
    while (t.find()) {
      int indent = t.group(1).length();
      int end = TextScan.indentedBlockEnd(text, t.end(), indent);
      if (indent < memberIndent && end > m.start()) {
        bodyStart = t.end(); // the innermost so far: later declarations are nested deeper
        bodyEnd = end;
      }
    }
    return bodyStart >= 0 && lists(text.substring(bodyStart, bodyEnd));
  }

  private static boolean mayHold(String text) {
    return MAY_HOLD.get(text, null, (t, none) -> othersNamed(t, PROVIDERS - 1) >= PROVIDERS - 1);
  }

  /**
   * How many of {@link #OTHERS} occur in {@code text}, counted up to {@code enough}: one pass from
   * dot to dot, each dot's prefix compared with the names ending there (one pass rather than a
   * search per name: this runs on every file that names a Claude ID).
   */
  static int othersNamed(String text, int enough) {
    int seen = 0;
    int count = 0;
    for (int dot = text.indexOf('.'); dot > 0 && count < enough; dot = text.indexOf('.', dot + 1)) {
      char last = text.charAt(dot - 1);
      for (int k = 0; k < OTHERS.size(); k++) {
        String other = OTHERS.get(k);
        int start = dot + 1 - other.length();
        if ((seen & (1 << k)) == 0
            && start >= 0
            && other.charAt(other.length() - 2) == last
            && text.startsWith(other, start)) {
          seen |= 1 << k;
          count++;
        }
      }
    }
    return count;
  }

  private static boolean lists(String body) {
    Matcher p = PROVIDER_ID.matcher(body);
    Set<String> providers = new HashSet<>();
    int models = 0;
    while (p.find()) {
      providers.add(p.group(1));
      models++;
    }
    return providers.size() >= PROVIDERS && models >= MODELS;
  }
}
