package dev.dataexport.launchdarkly;

import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/** Reads a destination's key from its {@code self} link. */
final class SelfLinks {
  /** Any origin: only the path of a relative link matters here. */
  private static final HttpUrl BASE = HttpUrl.get("http://localhost/");

  private static final List<String> PREFIX = List.of("api", "v2", "destinations");

  private SelfLinks() {}

  /**
   * The key in {@code href} ({@code /api/v2/destinations/{projectKey}/{environmentKey}/{id}},
   * relative or absolute, each segment decoded), or empty for any other shape.
   */
  static Optional<DestinationKey> destinationKey(String href) {
    HttpUrl url = BASE.resolve(href);
    if (url == null) {
      return Optional.empty();
    }
    List<String> segments = url.pathSegments();
    if (segments.size() != 6 || !segments.subList(0, 3).equals(PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(DestinationKey.of(segments.get(3), segments.get(4), segments.get(5)));
    } catch (IllegalArgumentException notAKey) { // a blank or dot segment
      return Optional.empty();
    }
  }
}
