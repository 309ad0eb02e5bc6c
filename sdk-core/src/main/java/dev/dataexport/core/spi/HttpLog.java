package dev.dataexport.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.Secret;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;

/**
 * Logs calls through {@link System.Logger} {@code dev.dataexport.http}: one INFO line per call, and
 * at DEBUG the headers and bodies with credentials, credential-like headers and secret fields
 * masked. Does no work when off.
 */
final class HttpLog {
  /** The logger every client writes to. */
  static final String LOGGER_NAME = "dev.dataexport.http";

  private static final int MAX_BODY_CHARS = 8 * 1024;

  private final String vendor;
  private final boolean info;
  private final boolean debug;
  private final Credentials credentials;
  private final Set<String> sensitiveFields;

  /** Creates the log of one client. */
  HttpLog(String vendor, LogLevel level, Credentials credentials, Set<String> sensitiveFields) {
    this.vendor = vendor;
    this.info = level != LogLevel.OFF;
    this.debug = level == LogLevel.DEBUG;
    this.credentials = credentials;
    this.sensitiveFields = sensitiveFields;
  }

  /** Whether the per-call INFO line is written. */
  boolean infoEnabled() {
    return info && LoggerHolder.LOG.isLoggable(Level.INFO);
  }

  /** Whether headers and bodies are written. */
  boolean debugEnabled() {
    return debug && LoggerHolder.LOG.isLoggable(Level.DEBUG);
  }

  /** Writes the one INFO line of a finished call. */
  void call(String request, String outcome, int attempts, long nanos) {
    LoggerHolder.LOG.log(
        Level.INFO,
        () ->
            vendor
                + " "
                + request
                + " -> "
                + credentials.scrub(outcome)
                + " ("
                + attempts
                + (attempts == 1 ? " attempt, " : " attempts, ")
                + nanos / 1_000_000
                + " ms)");
  }

  /** Writes the request's headers and body at DEBUG. */
  void request(String request, int attempt, Headers headers, Object body) {
    StringBuilder text =
        new StringBuilder(vendor)
            .append(" --> ")
            .append(request)
            .append(" (attempt ")
            .append(attempt)
            .append(")\n");
    appendHeaders(text, headers);
    if (headers.get(credentials.headerName()) == null) { // added later, by the network interceptor
      text.append(credentials.headerName()).append(": ").append(Secret.MASK).append('\n');
    }
    if (body != null) {
      try {
        text.append(maskJson(Json.redactingMapper().writeValueAsString(body)));
      } catch (JsonProcessingException e) {
        text.append("<body not serializable: ").append(e.getOriginalMessage()).append('>');
      }
    }
    LoggerHolder.LOG.log(Level.DEBUG, text.toString());
  }

  /** Writes the response's headers and body at DEBUG. */
  void response(String request, int status, Headers headers, byte[] body) {
    response(request, status, headers, body, null);
  }

  /**
   * Writes the response's headers and body at DEBUG, also masking what {@code scrubber} redacts
   * (may be null).
   */
  void response(String request, int status, Headers headers, byte[] body, Redaction scrubber) {
    StringBuilder text =
        new StringBuilder(vendor)
            .append(" <-- ")
            .append(status)
            .append(' ')
            .append(request)
            .append('\n');
    appendHeaders(text, headers, scrubber);
    if (body != null && body.length > 0) {
      String masked = maskJson(new String(body, StandardCharsets.UTF_8));
      text.append(scrubber == null ? masked : scrubber.scrub(masked));
    }
    LoggerHolder.LOG.log(Level.DEBUG, text.toString());
  }

  private void appendHeaders(StringBuilder text, Headers headers) {
    appendHeaders(text, headers, null);
  }

  /**
   * Writes the headers with sensitive ones masked and the credential scrubbed from the others; with
   * a {@code scrubber} also the request's secrets, which a response header such as {@code Location}
   * can echo.
   */
  private void appendHeaders(StringBuilder text, Headers headers, Redaction scrubber) {
    for (int i = 0, size = headers.size(); i < size; i++) {
      String name = headers.name(i);
      String value =
          isSensitiveHeader(name)
              ? Secret.MASK
              : scrubber == null
                  ? credentials.scrub(headers.value(i))
                  : scrubber.scrub(headers.value(i));
      text.append(name).append(": ").append(value).append('\n');
    }
  }

  private boolean isSensitiveHeader(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equalsIgnoreCase(credentials.headerName())
        || lower.contains("authorization")
        || lower.contains("cookie")
        || lower.contains("key")
        || lower.contains("token")
        || lower.contains("secret");
  }

  /**
   * Masks secret fields of a JSON text and scrubs the credential; a non-JSON text is only scrubbed
   * and cut.
   */
  String maskJson(String text) {
    String masked = text;
    try {
      JsonNode tree = Json.mapper().readTree(text);
      if (tree != null && tree.isContainerNode()) {
        mask(tree);
        masked = Json.mapper().writeValueAsString(tree);
      }
    } catch (IOException notJson) {
      // logged as text below
    }
    masked = credentials.scrub(masked);
    return masked.length() > MAX_BODY_CHARS
        ? masked.substring(0, MAX_BODY_CHARS) + "...<cut>"
        : masked;
  }

  /**
   * A JSON text with its secret fields masked (a token in a response the SDK cannot decode, say),
   * or the text unchanged when it has none or is not JSON; used for exception snippets.
   */
  String maskSecretFields(String text) {
    try {
      JsonNode tree = Json.mapper().readTree(text);
      if (tree != null && tree.isContainerNode() && mask(tree)) {
        return Json.mapper().writeValueAsString(tree);
      }
    } catch (IOException notJson) {
      // a text that is not JSON has no fields to mask
    }
    return text;
  }

  /** Masks the secret fields of {@code node} in place; returns whether there was one. */
  private boolean mask(JsonNode node) {
    boolean masked = false;
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (sensitiveFields.contains(VendorProfile.normalize(field.getKey()))
            && field.getValue().isValueNode()
            && !field.getValue().isNull()) {
          field.setValue(object.textNode(Secret.MASK));
          masked = true;
        } else {
          masked |= mask(field.getValue());
        }
      }
    } else if (node instanceof ArrayNode) {
      for (JsonNode element : node) {
        masked |= mask(element);
      }
    }
    return masked;
  }

  /**
   * Holds the logger, so that {@link System#getLogger} (a lookup through the JDK's logger finder)
   * runs only once logging is switched on, not at every client start.
   */
  private static final class LoggerHolder {
    static final System.Logger LOG = System.getLogger(LOGGER_NAME);
  }
}
