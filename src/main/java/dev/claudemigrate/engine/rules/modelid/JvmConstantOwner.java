package dev.claudemigrate.engine.rules.modelid;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose a Java or Kotlin {@code Owner.CLAUDE_...} constant is, read from the file's package and
 * imports: the Anthropic SDK's {@code Model}, the project's own code (an enum of the application),
 * or another library.
 */
enum JvmConstantOwner {
  /** The Anthropic SDK's {@code com.anthropic.models[.messages].Model}. */
  SDK,
  /** A type of the project itself: declared in the file, in its package, or under its root. */
  OWN,
  /** A type imported from anywhere else: a library such as LangChain4j. */
  LIBRARY;

  /** The SDK's model class, fully qualified. */
  private static final Pattern SDK_MODEL =
      Pattern.compile("com\\.anthropic\\.models(?:\\.[a-z][a-z0-9]*)*\\.Model");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([a-z_][\\w.]*)");

  private static final Pattern WILDCARD =
      Pattern.compile("(?m)^\\s*import\\s+([a-z_][\\w.]*)\\.\\*");

  /**
   * The owner of a constant written {@code owner.CLAUDE_...} in {@code text}: {@code Model}
   * imported from the SDK (or a fully qualified SDK {@code Model}, also in a static import) is the
   * SDK's; a type declared in the file, imported from a package under the file's own root (its
   * first two package segments), or neither imported nor declared (so in the file's own package) is
   * the project's; anything else is a library's.
   */
  static JvmConstantOwner of(String text, String owner) {
    if (SDK_MODEL.matcher(owner).matches()) {
      return SDK;
    }
    String pkg = packageOf(owner);
    String simple = pkg == null ? owner.split("\\.")[0] : null;
    if (simple != null) {
      Matcher imported =
          Pattern.compile(
                  "(?m)^\\s*import\\s+([a-z_][\\w.]*?)\\." + Pattern.quote(simple) + "\\s*;?\\s*$")
              .matcher(text);
      if (!imported.find()) {
        return notImported(text, simple);
      }
      if (SDK_MODEL.matcher(imported.group(1) + "." + simple).matches()) {
        return SDK;
      }
      pkg = imported.group(1);
    }
    return ownRoot(text, pkg) ? OWN : LIBRARY;
  }

  /** The owner of a simple name no single-type import names: a Kotlin alias, a wildcard, or own. */
  private static JvmConstantOwner notImported(String text, String simple) {
    Matcher alias =
        Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\s+as\\s+" + Pattern.quote(simple) + "\\s*$")
            .matcher(text);
    if (alias.find()) {
      return SDK_MODEL.matcher(alias.group(1)).matches() ? SDK : LIBRARY;
    }
    Set<String> wildcards = wildcards(text);
    if (declares(text, simple) || wildcards.isEmpty()) {
      return OWN;
    }
    if (simple.equals("Model") && wildcards.stream().anyMatch(JvmConstantOwner::sdk)) {
      return SDK;
    }
    return wildcards.stream().allMatch(w -> ownRoot(text, w)) ? OWN : LIBRARY;
  }

  private static boolean sdk(String wildcardPackage) {
    return SDK_MODEL.matcher(wildcardPackage + ".Model").matches();
  }

  /** Whether {@code pkg} is under the root (two first segments) of the file's own package. */
  private static boolean ownRoot(String text, String pkg) {
    Matcher m = PACKAGE.matcher(text);
    if (!m.find()) {
      return false;
    }
    String[] own = m.group(1).split("\\.");
    String[] other = pkg.split("\\.");
    int n = Math.min(2, own.length);
    if (other.length < n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!own[i].equals(other[i])) {
        return false;
      }
    }
    return true;
  }

  /** The package of a qualified owner ({@code a.b.Enum}, {@code a.b.Outer.Inner}), else null. */
  private static String packageOf(String owner) {
    String[] parts = owner.split("\\.");
    StringBuilder pkg = new StringBuilder();
    for (String p : parts) {
      if (p.isEmpty() || !Character.isLowerCase(p.charAt(0))) {
        break;
      }
      pkg.append(pkg.isEmpty() ? "" : ".").append(p);
    }
    return pkg.isEmpty() ? null : pkg.toString();
  }

  private static boolean declares(String text, String simple) {
    return Pattern.compile("\\b(?:class|enum|interface|object|record)\\s+" + simple + "\\b")
        .matcher(text)
        .find();
  }

  private static Set<String> wildcards(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = WILDCARD.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
