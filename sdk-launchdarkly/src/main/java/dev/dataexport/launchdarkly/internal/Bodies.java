package dev.dataexport.launchdarkly.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The request bodies that are not a model of their own. Not part of the public API. */
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

  /**
   * The body of a create, {@code DestinationPost}: {@code {"name"?, "kind", "config", "on"?}}; an
   * unset name or on is left out, so LaunchDarkly's default applies.
   *
   * @param name the name, or null
   * @param kind the kind's wire value
   * @param config the typed config or a JSON object
   * @param on whether the export starts on, or null
   */
  @JsonPropertyOrder({"name", "kind", "config", "on"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NewDestinationBody(String name, String kind, Object config, Boolean on) {}
}
