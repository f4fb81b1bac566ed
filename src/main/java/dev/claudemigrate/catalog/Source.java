package dev.claudemigrate.catalog;

/**
 * Where a catalog fact was read and when, so that a user can judge how fresh it is.
 *
 * @param name the source (a document title or URL)
 * @param readOn the date it was read (ISO-8601)
 * @param uncertain whether sources disagree on the fact
 */
public record Source(String name, String readOn, boolean uncertain) {}
