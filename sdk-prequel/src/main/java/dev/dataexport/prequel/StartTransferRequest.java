package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /destinations/{destination_id}/transfer}: only what is set is sent, so
 * {@link #defaults()} sends {@code {}} (an incremental transfer of every enabled model). Checked on
 * {@code build()}: tags match {@code [A-Za-z0-9_-]+}, models are not blank, and the window ends
 * after it starts. Immutable and thread-safe.
 */
@Value.Immutable
public interface StartTransferRequest {
  /** Whether to re-send every row rather than the changes ({@code full_refresh}; default false). */
  @JsonProperty("full_refresh")
  Optional<Boolean> fullRefresh();

  /** Whether Prequel keeps a detailed log ({@code is_debug_mode}; default false). */
  @JsonProperty("is_debug_mode")
  Optional<Boolean> isDebugMode();

  /** The models to transfer; none means every enabled model. */
  @JsonProperty("models")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> models();

  /** Start of the window of rows to transfer ({@code start_transfer_window_at}, RFC 3339). */
  @JsonProperty("start_transfer_window_at")
  Optional<Instant> startTransferWindowAt();

  /** End of the window of rows to transfer ({@code end_transfer_window_at}, RFC 3339). */
  @JsonProperty("end_transfer_window_at")
  Optional<Instant> endTransferWindowAt();

  /** Tags to find the transfer by later; keys and values match {@code [A-Za-z0-9_-]+}. */
  @JsonProperty("tags")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, String> tags();

  /** Checks models, window and tags before any request; messages name the JSON field. */
  @Value.Check
  default void validate() {
    for (int i = 0; i < models().size(); i++) {
      PrequelChecks.notBlank("models", i, models().get(i));
    }
    PrequelChecks.tags("tags", tags());
    if (startTransferWindowAt().isPresent()
        && endTransferWindowAt().isPresent()
        && !endTransferWindowAt().get().isAfter(startTransferWindowAt().get())) {
      throw new IllegalArgumentException(
          "end_transfer_window_at must be after start_transfer_window_at");
    }
  }

  /** The request that sets nothing: {@code {}}. */
  static StartTransferRequest defaults() {
    return builder().build();
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StartTransferRequest}; not thread-safe. */
  final class Builder extends ImmutableStartTransferRequest.Builder {
    Builder() {}
  }
}
