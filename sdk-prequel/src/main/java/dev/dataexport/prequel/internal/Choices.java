package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dataexport.prequel.config.ChoiceOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a block's choices, written the way Prequel expects them: an optional selector field
 * holding the option's name, plus a sibling object under that name. Both come from one option
 * value, so they always agree.
 *
 * <p>A block returns its choices from a method annotated {@code @JsonUnwrapped} and
 * {@code @JsonProperty} (the property's own name is never written): the fields land in the block's
 * object. Written by {@link ChoicesSerializer} straight from its fields, not through a map, because
 * vendor blocks are written on every create, test and update call. Built and written by one thread;
 * not thread-safe while fields are added.
 */
@JsonSerialize(using = ChoicesSerializer.class)
public final class Choices {
  // The first two fields inline (most blocks have one or two), the rest in pairs: name, value, ...
  private String name0;
  private Object value0;
  private String name1;
  private Object value1;
  private Object[] more;
  private int count;

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
        field(selector, option.optionName());
      }
      Object body = option.optionBody();
      if (body != null) {
        field(option.optionName(), body);
      }
    }
    return this;
  }

  /** Adds a chosen option when present. */
  public Choices add(String selector, Optional<? extends ChoiceOption> option) {
    return add(selector, option.orElse(null));
  }

  /**
   * Adds a field whose name is fixed: {@code name: value} (for example {@code storage_options},
   * whose value is itself a set of choices, written as an object).
   */
  public Choices field(String name, Object value) {
    if (count == 0) {
      name0 = name;
      value0 = value;
    } else if (count == 1) {
      name1 = name;
      value1 = value;
    } else {
      int slot = 2 * (count - 2);
      if (more == null) {
        more = new Object[4];
      } else if (slot == more.length) {
        more = Arrays.copyOf(more, 2 * more.length);
      }
      more[slot] = name;
      more[slot + 1] = value;
    }
    count++;
    return this;
  }

  /** How many fields were added. */
  int count() {
    return count;
  }

  /** The name of field {@code index}, in the order added. */
  String name(int index) {
    return index == 0 ? name0 : index == 1 ? name1 : (String) more[2 * (index - 2)];
  }

  /** The value of field {@code index}. */
  Object value(int index) {
    return index == 0 ? value0 : index == 1 ? value1 : more[2 * (index - 2) + 1];
  }

  /** The fields as {@code {name=value, ...}}, for debugging; secrets print as their values do. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < count(); i++) {
      text.append(i == 0 ? "" : ", ").append(name(i)).append('=').append(value(i));
    }
    return text.append('}').toString();
  }
}
