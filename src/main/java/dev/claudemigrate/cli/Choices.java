package dev.claudemigrate.cli;

import dev.claudemigrate.bedrock.smoke.SmokeCheck;
import dev.claudemigrate.bedrock.smoke.SmokeRenderer;
import dev.claudemigrate.catalog.Catalog;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.report.ReportFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values options offer in {@code --help} (through {@code ${COMPLETION-CANDIDATES}}) and to
 * shell completion, drawn from the same types and data the commands parse them with, so that help
 * never offers a value the command rejects. A test runs every value each help offers.
 */
final class Choices {
  private Choices() {}

  /** {@code --fail-on}: every severity, most severe first, then {@code never}. */
  static final class FailOnLevels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> out = new ArrayList<>();
      for (Severity s : Severity.values()) {
        out.add(0, s.id());
      }
      out.add(FailOn.NEVER);
      return out.iterator();
    }
  }

  /** {@code --to}: the migration targets of the built-in catalog. */
  static final class Targets implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Catalog.builtin().targets().keySet().iterator();
    }
  }

  /** {@code smoke --format}. */
  static final class SmokeFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return lowerCase(SmokeRenderer.Format.values());
    }
  }

  /** {@code smoke --checks}. */
  static final class SmokeChecks implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of(SmokeCheck.values()).stream().map(SmokeCheck::id).iterator();
    }
  }

  /** {@code eval --format}. */
  static final class EvalFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return lowerCase(dev.claudemigrate.eval.report.ReportFormat.values());
    }
  }

  /**
   * Parses an enum value in any case, and names the accepted values in lower case, as help shows
   * them, when the value is not one.
   */
  abstract static class EnumValue<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    EnumValue(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(value.strip())) {
          return e;
        }
      }
      throw new TypeConversionException(
          "unknown value '"
              + value
              + "' (choose "
              + String.join(
                  ", ",
                  List.of(type.getEnumConstants()).stream()
                      .map(e -> e.name().toLowerCase(Locale.ROOT))
                      .toList())
              + ")");
    }
  }

  /** {@code scan --format}. */
  static final class ReportFormatValue extends EnumValue<ReportFormat> {
    ReportFormatValue() {
      super(ReportFormat.class);
    }
  }

  /** {@code --format} of models, rules and apply. */
  static final class TextOrJsonValue extends EnumValue<TextOrJson> {
    TextOrJsonValue() {
      super(TextOrJson.class);
    }
  }

  private static Iterator<String> lowerCase(Enum<?>[] values) {
    return List.of(values).stream().map(v -> v.name().toLowerCase(Locale.ROOT)).iterator();
  }
}
