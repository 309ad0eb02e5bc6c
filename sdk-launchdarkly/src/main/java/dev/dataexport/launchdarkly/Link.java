package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A related resource of a response ({@code _links} entry): its URL and content type. Immutable. */
@Value.Immutable
@JsonSerialize(as = ImmutableLink.class)
@JsonDeserialize(using = LinkReader.class)
public abstract class Link {
  Link() {}

  /** The URL of the link, often relative, for example {@code /api/v2/destinations}. */
  @Value.Parameter
  public abstract Optional<String> href();

  /** The content type of the link, for example {@code application/json}. */
  @Value.Parameter
  public abstract Optional<String> type();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
