package dev.dataexport.launchdarkly;

import dev.dataexport.core.spi.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The members of one typed config, in the order of its Immutables parameters: the JSON name, the
 * Java type and whether a new destination of the kind needs it. The one description its {@link
 * ConfigBuilder} and its reader ({@link ConfigReaders.Reader}) share, so the two cannot drift.
 */
final class ConfigFields {
  private final String[] names;
  private final Class<?>[] types;
  private final boolean[] required;

  private ConfigFields(String[] names, Class<?>[] types, boolean[] required) {
    this.names = names;
    this.types = types;
    this.required = required;
  }

  /** Starts a description; members are declared in the order of the model's parameters. */
  static ConfigFields of() {
    return new ConfigFields(new String[0], new Class<?>[0], new boolean[0]);
  }

  /** This description and a member a new destination needs. */
  ConfigFields required(String name, Class<?> type) {
    return with(name, type, true);
  }

  /** This description and a member a new destination may leave out. */
  ConfigFields optional(String name, Class<?> type) {
    return with(name, type, false);
  }

  private ConfigFields with(String name, Class<?> type, boolean isRequired) {
    int n = names.length;
    String[] moreNames = Arrays.copyOf(names, n + 1);
    Class<?>[] moreTypes = Arrays.copyOf(types, n + 1);
    boolean[] moreRequired = Arrays.copyOf(required, n + 1);
    moreNames[n] = name;
    moreTypes[n] = type;
    moreRequired[n] = isRequired;
    return new ConfigFields(moreNames, moreTypes, moreRequired);
  }

  int size() {
    return names.length;
  }

  String name(int index) {
    return names[index];
  }

  Class<?> type(int index) {
    return types[index];
  }

  /** The position of member {@code name}; a name not declared is a bug of this module. */
  int index(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no config member " + name);
  }

  /**
   * Checks that every required member has a value, naming all that have none at once, before any
   * I/O.
   *
   * @throws IllegalStateException {@code region, streamName are required} (as {@link
   *     Checks.MissingFields})
   */
  void checkRequired(Object[] values) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (required[i] && values[i] == null) {
        missing.add(names[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new Checks.MissingFields(missing.toArray(new String[0]));
    }
  }
}
