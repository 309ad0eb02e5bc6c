package dev.dataexport.launchdarkly.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The request bodies that carry an audit-log comment. Not part of the public API. */
public final class Bodies {
  private Bodies() {}

  /**
   * {@code {"comment": ..., "patch": [...]}}.
   *
   * @param comment the comment
   * @param patch the JSON Patch
   */
  @JsonPropertyOrder({"comment", "patch"})
  public record PatchWithComment(String comment, Object patch) {}

  /**
   * {@code {"comment": ..., "merge": {...}}}.
   *
   * @param comment the comment
   * @param merge the merge patch
   */
  @JsonPropertyOrder({"comment", "merge"})
  public record MergeWithComment(String comment, Object merge) {}
}
