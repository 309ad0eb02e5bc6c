package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a {@link Link} in one pass straight into its builder, like {@link DestinationDeserializer}
 * (every destination has two links): strings are read here, other tokens go to the mapper's string
 * deserializer (so coercions and errors stay as they were), JSON null leaves a field empty, and
 * unknown members are kept in document order.
 */
final class LinkDeserializer extends StdDeserializer<Link> implements ResolvableDeserializer {
  private static final long serialVersionUID = 1L;

  private transient JsonDeserializer<Object> strings;

  LinkDeserializer() {
    super(Link.class);
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    strings = ctxt.findRootValueDeserializer(ctxt.constructType(String.class));
  }

  @Override
  public Link deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return (Link) ctxt.handleUnexpectedToken(Link.class, p);
    }
    ImmutableLink.Builder link = ImmutableLink.builder();
    String href = null;
    String type = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      switch (field) {
        case "href":
          href = text(p, token, ctxt);
          break;
        case "type":
          type = text(p, token, ctxt);
          break;
        default:
          link.putUnknownFields(field, ctxt.readTree(p));
      }
    }
    if (href != null) {
      link.href(href);
    }
    if (type != null) {
      link.type(type);
    }
    return link.build();
  }

  private String text(JsonParser p, JsonToken token, DeserializationContext ctxt)
      throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return token == JsonToken.VALUE_NULL ? null : (String) strings.deserialize(p, ctxt);
  }
}
