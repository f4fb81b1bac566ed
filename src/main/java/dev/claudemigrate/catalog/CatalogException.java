package dev.claudemigrate.catalog;

/**
 * A catalog file that cannot be read or has the wrong shape; the message names the file and the
 * reason.
 */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
