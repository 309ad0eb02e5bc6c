package dev.dataexport.launchdarkly.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.VendorProfile;
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

  /** The same names, for comparing without building the normalized name. */
  private static final String[] SECRET_NAMES = SECRET_MEMBERS.toArray(new String[0]);

  private ConfigMasking() {}

  /** Whether a member name is a secret. */
  public static boolean isSecret(String member) {
    return isSecret(member, 0);
  }

  /**
   * Whether the member name {@code text[from..]} is a secret: the name normalized as {@link
   * VendorProfile#normalize} does is one of {@link #SECRET_MEMBERS}. Compares in place, so checking
   * every written value of a patch costs no allocation.
   */
  public static boolean isSecret(String text, int from) {
    for (String secret : SECRET_NAMES) {
      if (normalizedEquals(text, from, secret)) {
        return true;
      }
    }
    return false;
  }

  private static boolean normalizedEquals(String text, int from, String normalized) {
    int j = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_' || c == '-') {
        continue;
      }
      if (j == normalized.length() || Character.toLowerCase(c) != normalized.charAt(j++)) {
        return false;
      }
    }
    return j == normalized.length();
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
