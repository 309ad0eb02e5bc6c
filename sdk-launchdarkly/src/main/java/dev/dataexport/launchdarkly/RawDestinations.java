package dev.dataexport.launchdarkly;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.HttpMethod;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.launchdarkly.internal.Bodies;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The destination calls returning the whole {@link ApiResponse} (status, headers such as the
 * rate-limit ones, request id, attempts) around the {@link Destination}. Get it with {@link
 * Destinations#withRawResponse()}. Thread-safe. Every argument is checked before any I/O; a {@code
 * null} comment sends the bare patch document.
 */
public final class RawDestinations {
  private static final ResponseDecoder<Destination> DESTINATION =
      ResponseDecoder.json(Destination.class);

  /** Top-level members of a wrapped body: an uncommented merge patch must not look like one. */
  private static final Set<String> WRAPPER_MEMBERS = Set.of("comment", "patch", "merge");

  private final Transport executor;

  RawDestinations(Transport executor) {
    this.executor = executor;
  }

  /** {@code GET /api/v2/destinations/{projectKey}/{environmentKey}/{id}}. */
  public ApiResponse<Destination> get(
      String projectKey, String environmentKey, String id, RequestOptions options) {
    return executor.execute(getRequest(projectKey, environmentKey, id), DESTINATION, options);
  }

  /** The async form of {@link #get(String, String, String, RequestOptions)}. */
  public CompletableFuture<ApiResponse<Destination>> getAsync(
      String projectKey, String environmentKey, String id, RequestOptions options) {
    return executor.executeAsync(getRequest(projectKey, environmentKey, id), DESTINATION, options);
  }

  /**
   * {@code PATCH} with a JSON Patch, retried after a possible delivery only when {@link
   * JsonPatch#isSafeToRepeat()}.
   */
  public ApiResponse<Destination> patch(
      String projectKey,
      String environmentKey,
      String id,
      JsonPatch patch,
      String comment,
      RequestOptions options) {
    return executor.execute(
        patchRequest(projectKey, environmentKey, id, patch, comment), DESTINATION, options);
  }

  /**
   * The async form of {@link #patch(String, String, String, JsonPatch, String, RequestOptions)}.
   */
  public CompletableFuture<ApiResponse<Destination>> patchAsync(
      String projectKey,
      String environmentKey,
      String id,
      JsonPatch patch,
      String comment,
      RequestOptions options) {
    return executor.executeAsync(
        patchRequest(projectKey, environmentKey, id, patch, comment), DESTINATION, options);
  }

  /** {@code PATCH} with a JSON Merge Patch; always safe to retry. */
  public ApiResponse<Destination> mergePatch(
      String projectKey,
      String environmentKey,
      String id,
      MergePatch patch,
      String comment,
      RequestOptions options) {
    return executor.execute(
        mergeRequest(projectKey, environmentKey, id, patch, comment), DESTINATION, options);
  }

  /**
   * The async form of {@link #mergePatch(String, String, String, MergePatch, String,
   * RequestOptions)}.
   */
  public CompletableFuture<ApiResponse<Destination>> mergePatchAsync(
      String projectKey,
      String environmentKey,
      String id,
      MergePatch patch,
      String comment,
      RequestOptions options) {
    return executor.executeAsync(
        mergeRequest(projectKey, environmentKey, id, patch, comment), DESTINATION, options);
  }

  private static ApiRequest.Builder destination(
      HttpMethod method, String projectKey, String environmentKey, String id) {
    return ApiRequest.builder(method)
        .path("api", "v2", "destinations")
        .pathParam("projectKey", projectKey)
        .pathParam("environmentKey", environmentKey)
        .pathParam("id", id);
  }

  static ApiRequest getRequest(String projectKey, String environmentKey, String id) {
    return destination(HttpMethod.GET, projectKey, environmentKey, id).safeToRepeat(true).build();
  }

  static ApiRequest patchRequest(
      String projectKey, String environmentKey, String id, JsonPatch patch, String comment) {
    ApiRequest.Builder request = destination(HttpMethod.PATCH, projectKey, environmentKey, id);
    Objects.requireNonNull(patch, "patch");
    if (patch.isEmpty()) {
      throw new IllegalArgumentException("patch must contain at least one operation");
    }
    List<PatchOperation> operations = patch.operations();
    for (int i = 0; i < operations.size(); i++) {
      PatchOperation operation = operations.get(i);
      // The description is put together only for a failing check: a valid patch should cost nothing
      // here.
      if (operation.op() != PatchOp.TEST && !isWritable(operation.path())) {
        checkWritable(
            "patch operation " + i + " (" + operation.op().wireName() + ")", operation.path());
      }
      if (operation.op() == PatchOp.MOVE && !isWritable(operation.from().orElseThrow())) {
        checkWritable("patch operation " + i + " (move)", operation.from().orElseThrow());
      }
    }
    Object body =
        comment == null ? patch : new Bodies.PatchWithComment(checkComment(comment), patch);
    return request.jsonBody(body).safeToRepeat(patch.isSafeToRepeat()).build();
  }

  static ApiRequest mergeRequest(
      String projectKey, String environmentKey, String id, MergePatch patch, String comment) {
    ApiRequest.Builder request = destination(HttpMethod.PATCH, projectKey, environmentKey, id);
    Objects.requireNonNull(patch, "patch");
    if (patch.isEmpty()) {
      throw new IllegalArgumentException("merge patch must contain at least one member");
    }
    for (String member : patch.memberNames()) {
      checkWritable("merge patch member '" + member + "'", JsonPointer.of(member));
      if (comment == null && WRAPPER_MEMBERS.contains(member)) {
        throw new IllegalArgumentException(
            "merge patch member '"
                + member
                + "' would make LaunchDarkly read the body"
                + " as a commented patch; a destination has no such field");
      }
    }
    Object body =
        comment == null ? patch : new Bodies.MergeWithComment(checkComment(comment), patch);
    return request.jsonBody(body).safeToRepeat(true).build();
  }

  private static boolean isWritable(JsonPointer path) {
    return !path.isRoot() && !path.firstSegmentStartsWith("_");
  }

  private static void checkWritable(String what, JsonPointer path) {
    if (path.isRoot()) {
      throw new IllegalArgumentException(
          what + " targets the whole destination; name a field such as /on");
    }
    String field = path.segments().get(0);
    if (field.startsWith("_")) {
      throw new IllegalArgumentException(
          what
              + " changes '"
              + field
              + "', which is read-only (LaunchDarkly fields starting with '_' cannot be changed)");
    }
  }

  private static String checkComment(String comment) {
    if (comment.isBlank()) {
      throw new IllegalArgumentException("comment must not be blank (pass null for no comment)");
    }
    return comment;
  }
}
