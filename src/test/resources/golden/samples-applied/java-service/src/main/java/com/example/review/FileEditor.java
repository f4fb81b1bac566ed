package com.example.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Carries out the editor commands Claude sends as tool_use blocks, inside one checkout. */
final class FileEditor {
  static final String TOOL_NAME = "str_replace_based_edit_tool";

  private final Path root;
  private final Map<Path, Deque<String>> backups = new HashMap<>();

  FileEditor(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Runs one command and returns the text for the tool_result block. */
  String handle(JsonNode input) throws IOException {
    String command = input.path("command").asText();
    Path path = resolve(input.path("path").asText());
    if (EditorCommand.fromWire(command).mutates() && Files.exists(path)) {
      backups.computeIfAbsent(path, p -> new ArrayDeque<>()).push(read(path));
    }
    switch (command) {
      case "view":
        return view(path);
      case "create":
        Files.createDirectories(path.getParent());
        Files.writeString(path, input.path("file_text").asText(), StandardCharsets.UTF_8);
        return "created " + root.relativize(path);
      case "str_replace":
        return replace(path, input.path("old_str").asText(), input.path("new_str").asText());
      case "insert":
        return insert(path, input.path("insert_line").asInt(), input.path("new_str").asText());
      default:
        throw new IllegalArgumentException("unsupported command " + command);
    }
  }

  private String view(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (Stream<Path> entries = Files.list(path)) {
        return entries.map(p -> root.relativize(p).toString()).sorted().collect(Collectors.joining("\n"));
      }
    }
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(String.format("%6d\t%s%n", i + 1, lines.get(i)));
    }
    return out.toString();
  }

  private String replace(Path path, String oldStr, String newStr) throws IOException {
    String text = read(path);
    int first = text.indexOf(oldStr);
    if (first < 0 || text.indexOf(oldStr, first + 1) >= 0) {
      throw new IllegalArgumentException("old_str must occur exactly once in " + root.relativize(path));
    }
    Files.writeString(path, text.substring(0, first) + newStr + text.substring(first + oldStr.length()));
    return "edited " + root.relativize(path);
  }

  private String insert(Path path, int afterLine, String newStr) throws IOException {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
    if (afterLine < 0 || afterLine > lines.size()) {
      throw new IllegalArgumentException("insert_line out of range: " + afterLine);
    }
    lines.add(afterLine, newStr.stripTrailing());
    Files.write(path, lines, StandardCharsets.UTF_8);
    return "inserted after line " + afterLine;
  }

  private String restoreBackup(Path path) throws IOException {
    Deque<String> versions = backups.get(path);
    if (versions == null || versions.isEmpty()) {
      throw new IllegalArgumentException("nothing to undo for " + root.relativize(path));
    }
    Files.writeString(path, versions.pop(), StandardCharsets.UTF_8);
    return "restored " + root.relativize(path);
  }

  private String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  private Path resolve(String raw) {
    Path path = root.resolve(raw.replaceFirst("^/+", "")).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("path outside the checkout: " + raw);
    }
    return path;
  }
}
