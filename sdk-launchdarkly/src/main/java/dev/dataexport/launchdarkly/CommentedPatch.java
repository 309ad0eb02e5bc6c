package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dataexport.core.spi.Json;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link JsonPatch} and {@link MergePatch} share: a patch document with an optional comment
 * for LaunchDarkly's audit log, sent bare or wrapped with the comment, printed as it is sent with
 * secrets masked, and equal to another patch of the same class with the same document and comment.
 */
abstract class CommentedPatch {
  /** The comment, or null when there is none. */
  final String comment;

  CommentedPatch(String comment) {
    this.comment = comment;
  }

  /** The patch document as sent without a comment: the operation array or the merge object. */
  abstract Object document();

  /** The wrapper sent when there is a comment: {@code {"comment": ..., "<form>": document}}. */
  abstract Object withCommentBody();

  /** The comment sent with the patch for LaunchDarkly's audit log, if any. */
  public final Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** The body sent to LaunchDarkly: the bare document, or the commented wrapper. */
  @JsonValue
  final Object wire() {
    return comment == null ? document() : withCommentBody();
  }

  /** The patch as it is sent, with secrets masked. */
  @Override
  public final String toString() {
    try {
      return Json.redactingMapper().writeValueAsString(wire());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((CommentedPatch) other).document().equals(document())
        && Objects.equals(((CommentedPatch) other).comment, comment);
  }

  @Override
  public final int hashCode() {
    return 31 * document().hashCode() + Objects.hashCode(comment);
  }
}
