package dev.dataexport.stigg.internal;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Lets the module's other packages ({@code dev.dataexport.stigg.fleet}) build a call's {@link
 * ApiRequest} exactly as the client does, with the auth mode the client keeps private. {@link
 * StiggClient} installs the one reader when its class loads, so any client instance has it. Not
 * API.
 */
public final class StiggClientAccess {
  private static final AtomicReference<Function<StiggClient, StiggAuth>> AUTH =
      new AtomicReference<>();

  private StiggClientAccess() {}

  /**
   * Installs how to read a client's auth mode; called once, by {@link StiggClient}.
   *
   * @throws IllegalStateException when a reader is installed already
   */
  public static void install(Function<StiggClient, StiggAuth> auth) {
    if (!AUTH.compareAndSet(null, Checks.notNull("auth", auth))) {
      throw new IllegalStateException("the Stigg client access is installed already");
    }
  }

  /**
   * The request {@code client.destinations().updateSelection(destinationId, request, options)}
   * sends: built by {@link StiggRequests#updateSelection} with the client's auth mode, checked
   * before any I/O.
   */
  public static ApiRequest updateSelection(
      StiggClient client,
      String destinationId,
      UpdateSelectionRequest request,
      RequestOptions options) {
    Checks.notNull("client", client);
    return StiggRequests.updateSelection(AUTH.get().apply(client), destinationId, request, options);
  }
}
