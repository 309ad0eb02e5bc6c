package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link FakeLaunchDarkly} answers: a stored destination as the API shows it (secrets
 * obfuscated, {@code _links} and {@code _access} added) and the error code of each status.
 */
final class FakeLaunchDarklyViews {
  /** Secret config members per kind, returned obfuscated. */
  private static final Map<String, Set<String>> SECRET_CONFIG =
      Map.of(
          "mparticle", Set.of("apiKey", "secret"),
          "segment", Set.of("writeKey"),
          "azure-event-hubs", Set.of("policyKey"));

  private FakeLaunchDarklyViews() {}

  /** The destination as the API shows it: secrets obfuscated, links and access added. */
  static ObjectNode render(List<String> segments, ObjectNode stored) {
    ObjectNode shown = stored.deepCopy();
    JsonNode config = shown.get("config");
    Set<String> secrets = SECRET_CONFIG.getOrDefault(shown.path("kind").asText(), Set.of());
    if (config instanceof ObjectNode) {
      for (String member : secrets) {
        JsonNode value = config.get(member);
        if (value != null && value.isTextual()) {
          ((ObjectNode) config).put(member, obfuscate(value.textValue()));
        }
      }
    }
    ObjectNode links = shown.putObject("_links");
    links.putObject("parent").put("href", "/api/v2/destinations").put("type", "application/json");
    links
        .putObject("self")
        .put("href", "/api/v2/destinations/" + String.join("/", segments.subList(3, 6)))
        .put("type", "application/json");
    ObjectNode access = shown.putObject("_access");
    access.putArray("allowed");
    access.putArray("denied");
    return shown;
  }

  /** Keeps at most the last four characters, like an API that lets a user recognise a key. */
  static String obfuscate(String secret) {
    String tail = secret.length() > 8 ? secret.substring(secret.length() - 4) : "";
    return "********" + tail;
  }

  static String defaultCode(int status) {
    switch (status) {
      case 400:
        return "invalid_request";
      case 401:
        return "unauthorized";
      case 403:
        return "forbidden";
      case 404:
        return "not_found";
      case 405:
        return "method_not_allowed";
      case 409:
        return "optimistic_locking_error";
      case 422:
        return "patch_failed";
      case 429:
        return "rate_limited";
      default:
        return status >= 500 ? "internal_server_error" : "unknown";
    }
  }
}
