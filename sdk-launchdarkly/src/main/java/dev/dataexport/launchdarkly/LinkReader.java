package dev.dataexport.launchdarkly;

/** Reads a {@link Link} (see {@link ValuesReader}). */
final class LinkReader extends ValuesReader<Link> {
  private static final long serialVersionUID = 1L;

  LinkReader() {
    super(Link.class, 2);
    field(0, "href", String.class);
    field(1, "type", String.class);
  }

  @Override
  protected Link build(Object[] v) {
    return ImmutableLink.of(optional(v[0]), optional(v[1]), others(v));
  }
}
