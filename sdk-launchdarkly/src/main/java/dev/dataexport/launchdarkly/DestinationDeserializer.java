package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads a {@link Destination} in one pass straight into its builder. Immutables' own Jackson
 * binding reads into a mutable delegate of {@code Optional}s and a hash map first and then copies
 * everything through the builder: about a tenth of a whole patch call's allocation. The result is
 * the same: the common tokens (a string, an integer, a boolean, an object) are read here, and any
 * other token goes to the deserializer the mapper would have used for that field, so coercions
 * (such as {@code "7"} for a version) and errors stay as they were. JSON null leaves a field empty
 * ({@code _access} and {@code config} keep it as a null node, as before), and unknown members are
 * kept in document order.
 */
final class DestinationDeserializer extends StdDeserializer<Destination>
    implements ResolvableDeserializer {
  private static final long serialVersionUID = 1L;

  private transient JsonDeserializer<Object> strings;
  private transient JsonDeserializer<Object> kinds;
  private transient JsonDeserializer<Object> versions;
  private transient JsonDeserializer<Object> booleans;
  private transient JsonDeserializer<Object> instants;
  private transient JsonDeserializer<Object> links;

  DestinationDeserializer() {
    super(Destination.class);
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    strings = ctxt.findRootValueDeserializer(ctxt.constructType(String.class));
    kinds = ctxt.findRootValueDeserializer(ctxt.constructType(DestinationKind.class));
    versions = ctxt.findRootValueDeserializer(ctxt.constructType(OptionalLong.class));
    booleans = ctxt.findRootValueDeserializer(ctxt.constructType(Boolean.class));
    instants = ctxt.findRootValueDeserializer(ctxt.constructType(Instant.class));
    links = ctxt.findRootValueDeserializer(ctxt.constructType(Link.class));
  }

  @Override
  public Destination deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (Destination) ctxt.handleUnexpectedToken(Destination.class, p);
    }
    ImmutableDestination.Builder destination = ImmutableDestination.builder();
    // Locals, so a repeated member replaces the earlier one and a null one leaves the field empty.
    String id = null;
    String name = null;
    DestinationKind kind = null;
    Long version = null;
    Boolean on = null;
    Instant createdAt = null;
    String maintainerId = null;
    JsonNode access = null;
    JsonNode rawConfig = null;
    boolean linksRead = false;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      switch (field) {
        case "_id":
          id = text(p, token, ctxt);
          break;
        case "name":
          name = text(p, token, ctxt);
          break;
        case "kind":
          kind =
              token == JsonToken.VALUE_STRING
                  ? DestinationKind.of(p.getText())
                  : token == JsonToken.VALUE_NULL
                      ? null
                      : (DestinationKind) kinds.deserialize(p, ctxt);
          break;
        case "version":
          version = version(p, token, ctxt);
          break;
        case "on":
          on =
              token == JsonToken.VALUE_TRUE
                  ? Boolean.TRUE
                  : token == JsonToken.VALUE_FALSE
                      ? Boolean.FALSE
                      : token == JsonToken.VALUE_NULL
                          ? null
                          : (Boolean) booleans.deserialize(p, ctxt);
          break;
        case "createdAt":
          createdAt =
              token == JsonToken.VALUE_NULL ? null : (Instant) instants.deserialize(p, ctxt);
          break;
        case "maintainerId":
          maintainerId = text(p, token, ctxt);
          break;
        case "_links":
          if (linksRead) {
            destination.links(Map.of()); // the last one wins, as for every other member
          }
          readLinks(p, token, ctxt, destination);
          linksRead = true;
          break;
        case "_access": // JSON null is kept as a null node, as Jackson binds Optional<JsonNode>
          access = ctxt.readTree(p);
          break;
        case "config":
          rawConfig = ctxt.readTree(p);
          break;
        default:
          destination.putUnknownFields(field, ctxt.readTree(p));
      }
    }
    if (id != null) {
      destination.id(id);
    }
    if (name != null) {
      destination.name(name);
    }
    if (kind != null) {
      destination.kind(kind);
    }
    if (version != null) {
      destination.version(version);
    }
    if (on != null) {
      destination.on(on);
    }
    if (createdAt != null) {
      destination.createdAt(createdAt);
    }
    if (maintainerId != null) {
      destination.maintainerId(maintainerId);
    }
    if (access != null) {
      destination.access(access);
    }
    if (rawConfig != null) {
      destination.rawConfig(rawConfig);
    }
    return destination.build();
  }

  /** A JSON null (or absence) of {@code _links} is no links; a later {@code _links} wins. */
  private void readLinks(
      JsonParser p, JsonToken token, DeserializationContext ctxt, ImmutableDestination.Builder to)
      throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_OBJECT) {
      ctxt.handleUnexpectedToken(
          ctxt.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Link.class), p);
      return;
    }
    for (String relation = p.nextFieldName(); relation != null; relation = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      if (value == JsonToken.VALUE_NULL) {
        ctxt.reportInputMismatch(this, "_links.%s is null", relation);
      }
      to.putLinks(relation, (Link) links.deserialize(p, ctxt));
    }
  }

  private String text(JsonParser p, JsonToken token, DeserializationContext ctxt)
      throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return token == JsonToken.VALUE_NULL ? null : (String) strings.deserialize(p, ctxt);
  }

  private Long version(JsonParser p, JsonToken token, DeserializationContext ctxt)
      throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT
        && (p.getNumberType() == JsonParser.NumberType.INT
            || p.getNumberType() == JsonParser.NumberType.LONG)) {
      return p.getLongValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    OptionalLong version = (OptionalLong) versions.deserialize(p, ctxt);
    return version.isPresent() ? version.getAsLong() : null;
  }
}
