package dev.dataexport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.DestinationChange;

/**
 * Reads one {@code --set FIELD=VALUE} (or {@code --set-file config.MEMBER=FILE}) of {@code
 * launchdarkly update} into the change.
 */
final class FieldSettings {
  private static final String CONFIG_PREFIX = "config.";

  private FieldSettings() {}

  /** Refuses an update that names no change, before anything is sent. */
  static void requireSome(
      java.util.List<String> settings,
      java.util.List<String> fileSettings,
      java.util.List<String> removed) {
    if (settings.isEmpty() && fileSettings.isEmpty() && removed.isEmpty()) {
      throw new CliInputException("give at least one --set, --set-file or --remove-config");
    }
  }

  /** Applies {@code on=false}, {@code name=TEXT} or {@code config.MEMBER=VALUE}. */
  static void apply(DestinationChange.Builder change, String setting) {
    int equals = setting.indexOf('=');
    if (equals <= 0) {
      throw new CliInputException(
          "--set must be FIELD=VALUE (on, name or config.MEMBER), was '" + fieldOf(setting) + "'");
    }
    String field = setting.substring(0, equals);
    String value = setting.substring(equals + 1);
    if (field.equals("on")) {
      if (!value.equals("true") && !value.equals("false")) {
        throw new CliInputException("--set on must be true or false, was '" + value + "'");
      }
      change.on(Boolean.parseBoolean(value));
    } else if (field.equals("name")) {
      change.name(value);
    } else if (field.startsWith(CONFIG_PREFIX) && field.length() > CONFIG_PREFIX.length()) {
      change.config(field.substring(CONFIG_PREFIX.length()), configValue(value));
    } else {
      throw new CliInputException(
          "--set knows the fields on, name and config.MEMBER, not '" + field + "'");
    }
  }

  /**
   * Applies {@code config.MEMBER=FILE} of {@code --set-file}: the file's first line becomes the
   * member's value as a {@link dev.dataexport.core.Secret}, so a secret never is an argument.
   */
  static void applyFile(DestinationChange.Builder change, String setting) {
    int equals = setting.indexOf('=');
    String field = equals <= 0 ? setting : setting.substring(0, equals);
    if (equals <= 0
        || !field.startsWith(CONFIG_PREFIX)
        || field.length() == CONFIG_PREFIX.length()
        || equals == setting.length() - 1) {
      throw new CliInputException(
          "--set-file must be config.MEMBER=FILE, was '" + fieldOf(setting) + "'");
    }
    change.config(
        field.substring(CONFIG_PREFIX.length()),
        InputFiles.secretLine(java.nio.file.Path.of(setting.substring(equals + 1)), "--set-file"));
  }

  /** JSON when the text parses as JSON (numbers, booleans, quoted strings, objects), else text. */
  private static Object configValue(String value) {
    try {
      JsonNode node = Json.mapper().readTree(value);
      return node == null || node.isMissingNode() ? value : node;
    } catch (JsonProcessingException notJson) {
      return value;
    }
  }

  // Names only the field in messages: a config value may be a secret.
  private static String fieldOf(String setting) {
    int equals = setting.indexOf('=');
    return equals < 0 ? setting : setting.substring(0, equals);
  }
}
