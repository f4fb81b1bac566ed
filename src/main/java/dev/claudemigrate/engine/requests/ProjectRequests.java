package dev.claudemigrate.engine.requests;

import dev.claudemigrate.engine.ProjectRegion;
import dev.claudemigrate.engine.files.FileContents;
import dev.claudemigrate.engine.files.FileWalker;
import dev.claudemigrate.engine.files.Walk;
import dev.claudemigrate.engine.files.WalkOptions;
import dev.claudemigrate.engine.files.WalkedFile;
import dev.claudemigrate.engine.model.FileError;
import dev.claudemigrate.engine.source.Decoder;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.source.SourceFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Claude requests a project sends, read statically through the engine: one {@link ShapeUse} per
 * distinct {@link RequestShape} with all its call sites, and the requests whose model ID is built
 * at run time. Test code is left out (its requests are fakes); files that cannot be read are
 * reported and the rest is read.
 *
 * @param shapes distinct shapes, in the order of their first call site
 * @param notTested requests that cannot be smoke-tested without guessing
 * @param errors files that could not be read, one line each
 */
public record ProjectRequests(
    List<ShapeUse> shapes, List<RuntimeRequest> notTested, List<FileError> errors) {

  /** Words at least one of which a file must contain to be read for requests. */
  private static final List<String> TRIGGERS =
      List.of("modelId", "ModelId", "model_id", "anthropic_version", "AnthropicVersion");

  public ProjectRequests {
    shapes = List.copyOf(shapes);
    notTested = List.copyOf(notTested);
    errors = List.copyOf(errors);
  }

  /** Reads every code file under {@code root} (ignore files honoured, vendored folders skipped). */
  public static ProjectRequests read(Path root) throws IOException {
    Walk walk = FileWalker.walk(root, WalkOptions.defaults());
    List<FileError> errors = new ArrayList<>();
    List<SourceFile> code = new ArrayList<>();
    String projectRegion = null;
    for (WalkedFile w : walk.files()) {
      Optional<SourceFile> f = decode(w, errors);
      if (f.isEmpty()) {
        continue;
      }
      if (projectRegion == null) {
        projectRegion = ProjectRegion.find(w.language(), f.get().text()).orElse(null);
      }
      if (w.language().isCode()
          && !f.get().isTest()
          && TRIGGERS.stream().anyMatch(f.get().text()::contains)) {
        code.add(f.get());
      }
    }
    List<RequestReader.Found> found = new ArrayList<>();
    for (SourceFile f : code) {
      try {
        found.addAll(new RequestReader(f, projectRegion).read());
      } catch (RuntimeException e) {
        errors.add(new FileError(f.path(), "cannot read its requests: " + e.getMessage()));
      }
    }
    return group(found, errors);
  }

  /** One shape per distinct request, with its call sites in path and line order. */
  static ProjectRequests group(List<RequestReader.Found> found, List<FileError> errors) {
    Map<RequestShape, List<CallSite>> shapes = new LinkedHashMap<>();
    List<RuntimeRequest> runtime = new ArrayList<>();
    for (RequestReader.Found f : found) {
      if (f.runtime() != null) {
        runtime.add(f.runtime());
      } else {
        shapes.computeIfAbsent(f.shape(), k -> new ArrayList<>()).add(f.site());
      }
    }
    Comparator<CallSite> order =
        Comparator.comparing(CallSite::path).thenComparingInt(CallSite::line);
    List<ShapeUse> uses = new ArrayList<>();
    shapes.forEach(
        (shape, sites) -> uses.add(new ShapeUse(shape, sites.stream().sorted(order).toList())));
    uses.sort(Comparator.comparing(u -> u.sites().get(0), order));
    runtime.sort(Comparator.comparing(RuntimeRequest::site, order));
    return new ProjectRequests(uses, runtime, errors);
  }

  private static Optional<SourceFile> decode(WalkedFile w, List<FileError> errors) {
    if (!w.language().isCode() && !w.language().isConfig()) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(w.absolutePath());
      if (FileContents.isBinary(bytes)) {
        return Optional.empty();
      }
      return Optional.of(
          SourceFiles.of(w.absolutePath(), w.path(), w.language(), Decoder.decode(bytes)));
    } catch (CharacterCodingException e) {
      errors.add(new FileError(w.path(), "not valid text in a known encoding"));
    } catch (IOException e) {
      errors.add(new FileError(w.path(), "cannot read: " + e.getMessage()));
    }
    return Optional.empty();
  }
}
