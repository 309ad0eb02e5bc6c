package dev.dataexport.launchdarkly.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.http.VendorProfile;
import java.util.Map;
import java.util.Set;

/**
 * Masks secret members of a destination config for {@code toString()} and logs. Not part of the
 * public API.
 */
public final class ConfigMasking {
  /**
   * Normalized names (lower case, no {@code _}/{@code -}) of secret config members: the documented
   * ones (mParticle {@code apiKey}, {@code secret}; Segment {@code writeKey}; Azure Event Hubs
   * {@code policyKey}) and the usual credential names of undocumented kinds.
   */
  public static final Set<String> SECRET_MEMBERS =
      Set.of(
          "apikey",
          "secret",
          "writekey",
          "policykey",
          "password",
          "token",
          "accesstoken",
          "privatekey",
          "secretkey",
          "secretaccesskey",
          "clientsecret",
          "serviceaccountkey",
          "credentials",
          "connectionstring");

  private ConfigMasking() {}

  /** Whether a member name is a secret. */
  public static boolean isSecret(String member) {
    return SECRET_MEMBERS.contains(VendorProfile.normalize(member));
  }

  /** The config as compact JSON text with secret members shown as {@value Secret#MASK}. */
  public static String mask(JsonNode config) {
    JsonNode copy = config.deepCopy();
    maskInPlace(copy);
    return copy.toString();
  }

  private static void maskInPlace(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        if (isSecret(member.getKey())
            && member.getValue().isValueNode()
            && !member.getValue().isNull()) {
          member.setValue(object.textNode(Secret.MASK));
        } else {
          maskInPlace(member.getValue());
        }
      }
    } else if (node instanceof ArrayNode) {
      for (JsonNode element : node) {
        maskInPlace(element);
      }
    }
  }
}
