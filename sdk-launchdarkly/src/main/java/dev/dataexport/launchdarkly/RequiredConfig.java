package dev.dataexport.launchdarkly;

import dev.dataexport.core.spi.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The required-member check of the typed config builders: every member LaunchDarkly needs to set up
 * a destination of the kind is named at once when one is missing, before any I/O.
 */
final class RequiredConfig {
  private RequiredConfig() {}

  /**
   * Checks pairs of member name and value.
   *
   * @throws IllegalStateException {@code region, streamName are required} (as {@link
   *     Checks.MissingFields})
   */
  static void check(Object... namesAndValues) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new Checks.MissingFields(missing.toArray(new String[0]));
    }
  }
}
