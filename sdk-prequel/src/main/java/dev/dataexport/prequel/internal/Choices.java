package dev.dataexport.prequel.internal;

import dev.dataexport.prequel.config.ChoiceOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes choices the way Prequel expects them: an optional selector field holding the option's
 * name, plus a sibling object under that name. Both come from one option value, so they always
 * agree. Not thread-safe.
 */
public final class Choices {
  private final Map<String, Object> fields = new LinkedHashMap<>(4);

  private Choices() {}

  /** Starts an empty set of choice fields. */
  public static Choices fields() {
    return new Choices();
  }

  /**
   * Adds a chosen option: {@code selector: name} (when {@code selector} is not null) and {@code
   * name: body} (when the option has a body).
   */
  public Choices add(String selector, ChoiceOption option) {
    if (option != null) {
      if (selector != null) {
        fields.put(selector, option.optionName());
      }
      Object body = option.optionBody();
      if (body != null) {
        fields.put(option.optionName(), body);
      }
    }
    return this;
  }

  /** Adds a chosen option when present. */
  public Choices add(String selector, Optional<? extends ChoiceOption> option) {
    return add(selector, option.orElse(null));
  }

  /** The fields, in the order added. */
  public Map<String, Object> build() {
    return fields;
  }
}
