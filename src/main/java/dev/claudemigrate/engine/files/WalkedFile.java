package dev.claudemigrate.engine.files;

import dev.claudemigrate.engine.source.Language;
import java.nio.file.Path;

/**
 * A file the walk selected for scanning.
 *
 * @param absolutePath where to read it (through a symbolic link, if it was reached through one)
 * @param path path relative to the scan root, with forward slashes
 * @param language its language ({@link Language#TEXT} for other files matched by an include glob)
 * @param size its size in bytes when walked
 */
public record WalkedFile(Path absolutePath, String path, Language language, long size) {}
