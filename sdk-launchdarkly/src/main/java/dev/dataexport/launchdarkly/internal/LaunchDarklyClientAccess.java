package dev.dataexport.launchdarkly.internal;

import dev.dataexport.core.spi.Checks;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

/**
 * Lets the module's other packages ({@code dev.dataexport.launchdarkly.fleet}) compute the patch
 * the safe {@code update} sends, which is package-private to {@code dev.dataexport.launchdarkly}.
 * {@link LaunchDarklyClient} installs it when its class loads, so it is there whenever a client is.
 * Not API.
 */
public final class LaunchDarklyClientAccess {
  private static final AtomicReference<BiFunction<Destination, DestinationChange, JsonPatch>>
      GUARDED = new AtomicReference<>();

  private LaunchDarklyClientAccess() {}

  /**
   * Installs the update's patch builder; called once, by {@link LaunchDarklyClient}.
   *
   * @throws IllegalStateException when one is installed already
   */
  public static void install(BiFunction<Destination, DestinationChange, JsonPatch> guarded) {
    if (!GUARDED.compareAndSet(null, Checks.notNull("guarded", guarded))) {
      throw new IllegalStateException("the LaunchDarkly client access is installed already");
    }
  }

  /**
   * The JSON Patch {@code destinations().update(key, change)} sends when it reads {@code current}:
   * {@code test /version} and what differs, or an empty patch when nothing does.
   *
   * @throws IllegalStateException when something differs and {@code current} has no version
   */
  public static JsonPatch guardedPatch(Destination current, DestinationChange change) {
    Checks.notNull("current", current);
    Checks.notNull("change", change);
    BiFunction<Destination, DestinationChange, JsonPatch> guarded = GUARDED.get();
    if (guarded == null) {
      // Only reachable before any client exists; loading the client class installs it.
      try {
        Class.forName(
            LaunchDarklyClient.class.getName(), true, LaunchDarklyClient.class.getClassLoader());
      } catch (ClassNotFoundException impossible) {
        throw new IllegalStateException(impossible);
      }
      guarded = GUARDED.get();
    }
    return guarded.apply(current, change);
  }
}
