package dev.dataexport.stigg.internal;

import dev.dataexport.core.spi.Checks;
import java.util.List;

/**
 * The rules of Stigg's request schema, written with the SDK's one vocabulary ({@link Checks}): ids
 * and model names have 1..255 characters (code points, like JSON Schema) and are not blank; a
 * selection has at least one model. Not API.
 */
public final class StiggChecks {
  /** Stigg's {@code maxLength} for ids and model names. */
  public static final int MAX_LENGTH = 255;

  private StiggChecks() {}

  /**
   * Checks an id or name: {@code destinationId must be 1..255 characters long, was 0}, {@code
   * destinationId must not be blank}.
   */
  public static String text(String field, String value) {
    return Checks.length(field, value, 1, MAX_LENGTH);
  }

  /**
   * Checks a model selection: {@code enabledModels must have at least 1 item}, and each model like
   * {@link #text} ({@code enabledModels[2] must be 1..255 characters long, was 0}).
   */
  public static List<String> models(List<String> models) {
    Checks.minItems("enabledModels", models, 1);
    for (int i = 0; i < models.size(); i++) {
      Checks.length("enabledModels", i, models.get(i), 1, MAX_LENGTH);
    }
    return models;
  }
}
