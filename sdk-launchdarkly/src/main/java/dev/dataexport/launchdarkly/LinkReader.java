package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ModelReader;
import java.util.Optional;

/** Reads a {@link Link} straight into its builder (see {@link ModelReader}). */
final class LinkReader extends ModelReader<ImmutableLink.Builder, Link> {
  private static final long serialVersionUID = 1L;

  LinkReader() {
    super(Link.class, 2);
    field(0, "href", String.class);
    field(1, "type", String.class);
  }

  @Override
  protected ImmutableLink.Builder newBuilder() {
    return ImmutableLink.builder();
  }

  @Override
  protected void set(ImmutableLink.Builder b, int index, Object v) {
    switch (index) {
      case 0:
        b.href(Optional.ofNullable((String) v));
        break;
      case 1:
        b.type(Optional.ofNullable((String) v));
        break;
      default:
        throw new IllegalArgumentException("no field " + index);
    }
  }

  @Override
  protected void putOther(ImmutableLink.Builder b, String name, JsonNode value) {
    b.putUnknownFields(name, value);
  }

  @Override
  protected Link build(ImmutableLink.Builder b) {
    return b.build();
  }
}
