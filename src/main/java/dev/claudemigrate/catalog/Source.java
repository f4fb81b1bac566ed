package dev.claudemigrate.catalog;

/**
 * Where a catalog fact was read and when, so that a user can open the page and judge how fresh it
 * is.
 *
 * @param name the source's title
 * @param url a public page the user can open, or null (a user catalog without one)
 * @param readOn the date it was read (ISO-8601)
 * @param uncertain whether sources disagree on the fact, or only a secondary source states it
 */
public record Source(String name, String url, String readOn, boolean uncertain) {

  /** One short reference for messages: the URL when known, else the name. */
  public String cite() {
    return url != null ? url : name;
  }
}
