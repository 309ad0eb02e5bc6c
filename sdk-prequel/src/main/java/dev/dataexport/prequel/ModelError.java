package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.prequel.internal.PrequelJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Why one model of a transfer failed ({@code model_metrics[].error}). Immutable. */
@Value.Immutable
@JsonDeserialize(using = PrequelJson.ModelErrorReader.class)
public interface ModelError {
  /** The raw error value (the reference page leaves its type open). */
  @JsonProperty("error")
  Optional<JsonNode> error();

  /** Prequel's error code. */
  @JsonProperty("error_code")
  Optional<String> errorCode();

  /** A short title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Who is to blame, as Prequel classifies it. */
  @JsonProperty("blame")
  Optional<String> blame();

  /** A link to documentation about the error. */
  @JsonProperty("documentation_url")
  Optional<String> documentationUrl();

  /** A trace of the failure. */
  @JsonProperty("trace")
  Optional<String> trace();

  /** The human-readable message. */
  @JsonProperty("message")
  Optional<String> message();

  /** Fields this SDK version does not know, kept as received. */
  @JsonAnyGetter
  Map<String, JsonNode> unknownFields();

  /** A builder, for tests and fakes (the SDK reads responses into it); not thread-safe. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModelError}; not thread-safe. */
  final class Builder extends ImmutableModelError.Builder {
    Builder() {}
  }
}
