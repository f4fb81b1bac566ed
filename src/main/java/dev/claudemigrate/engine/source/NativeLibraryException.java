package dev.claudemigrate.engine.source;

/**
 * The tree-sitter native libraries cannot be unpacked or loaded: an environment problem, said in
 * one line, not a fault of any one file.
 */
public final class NativeLibraryException extends RuntimeException {
  NativeLibraryException(String message, Throwable cause) {
    super(message, cause);
  }
}
