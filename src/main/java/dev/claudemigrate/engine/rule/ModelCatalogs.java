package dev.claudemigrate.engine.rule;

import dev.claudemigrate.catalog.IdMatch;
import dev.claudemigrate.engine.model.Finding;
import dev.claudemigrate.engine.model.Severity;
import dev.claudemigrate.engine.source.SourceFile;
import dev.claudemigrate.engine.syntax.Listings;
import java.util.List;

/**
 * The model catalogs of a file: structures that name {@link #MANY} or more distinct models (a
 * settings table with one record per model, a provider registry or enum, a price list, a
 * leaderboard). An entry describes its model, it does not choose it: rewriting an entry of a 3.7
 * Sonnet record to the target's ID, or dropping a beta from its headers, corrupts the catalog. So a
 * finding in a catalog is reported (info) and never rewritten. Every rule that rewrites model-bound
 * values asks here.
 */
public final class ModelCatalogs {
  /** Distinct models (catalog keys) that make a structure a catalog. */
  public static final int MANY = 6;

  private final SourceFile file;
  private final List<Listings.Mention> mentions;

  private ModelCatalogs(SourceFile file, List<Listings.Mention> mentions) {
    this.file = file;
    this.mentions = mentions;
  }

  /** The catalogs of {@code file}, from the model IDs found in it. */
  public static ModelCatalogs of(SourceFile file, List<IdMatch> ids) {
    return new ModelCatalogs(
        file, ids.stream().map(m -> new Listings.Mention(m.start(), m.model().key())).toList());
  }

  /** The catalogs of {@code file}, finding its model IDs first. */
  public static ModelCatalogs of(SourceFile file, RuleContext ctx) {
    return of(file, ctx.catalog().findIds(file.text()));
  }

  /** Whether {@code offset} stands in a catalog of models. */
  public boolean contains(int offset) {
    return Listings.inListing(file, new Listings.Mention(offset, ""), mentions, MANY);
  }

  /**
   * The findings with those that would edit inside a catalog turned into reports: info, without
   * edits. Files that name fewer than {@link #MANY} models are returned as they are, unread.
   */
  public static List<Finding> settle(SourceFile file, RuleContext ctx, List<Finding> findings) {
    if (findings.stream().noneMatch(Finding::fixable)) {
      return findings;
    }
    ModelCatalogs catalogs = of(file, ctx);
    if (catalogs.mentions.size() < MANY) {
      return findings;
    }
    return findings.stream()
        .map(
            f ->
                f.fixable() && catalogs.contains(f.span().start())
                    ? f.withSeverity(Severity.INFO)
                        .withoutEdits(
                            f.fix() + " (in a catalog of many models: reported, never rewritten)")
                    : f)
        .toList();
  }
}
