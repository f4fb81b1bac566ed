package dev.claudemigrate.engine.source;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Creates {@link SourceFile}s with the language, test flag and context map their path implies. */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * A source file for decoded text read from disk. Whether it is test code is read from its path
   * behind the scan root's own name ({@link Languages#underRoot}).
   *
   * @param absolutePath where it is on disk
   * @param path path relative to the root, with forward slashes
   * @param language its language (from {@link Languages#detect} or the user's include)
   */
  public static SourceFile of(
      Path absolutePath, String path, Language language, Decoder.Decoded decoded) {
    boolean test = Languages.isTest(Languages.underRoot(absolutePath, path), decoded.text());
    return of(absolutePath, path, language, decoded, test);
  }

  private static SourceFile of(
      Path absolutePath, String path, Language language, Decoder.Decoded decoded, boolean test) {
    return new SourceFile(
        absolutePath, path, language, decoded.text(), decoded.format(), test, ContextMaps::of);
  }

  /**
   * A source file from text alone (tests, and rules run on edited text); language and test-ness
   * from the path alone (there is no scan root).
   */
  public static SourceFile fromText(String path, String text) {
    Language lang = Languages.detect(path).orElse(Language.TEXT);
    try {
      Decoder.Decoded d = Decoder.decode(text.getBytes(StandardCharsets.UTF_8));
      return of(Path.of(path).toAbsolutePath(), path, lang, d, Languages.isTest(path, d.text()));
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("UTF-8 of a Java string is always valid", e);
    }
  }
}
