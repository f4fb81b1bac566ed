package dev.claudemigrate.engine.requests;

import java.util.List;

/**
 * A distinct request shape and every call site that sends it.
 *
 * @param shape the shape
 * @param sites the call sites, in path and line order
 */
public record ShapeUse(RequestShape shape, List<CallSite> sites) {
  public ShapeUse {
    sites = List.copyOf(sites);
  }
}
