package dev.dataexport.launchdarkly.internal;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.launchdarkly.DestinationKind;
import dev.dataexport.launchdarkly.EnvironmentKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Explains the 409 of a create: LaunchDarkly allows one destination of each kind per environment,
 * and its own message ("Conflict. Optimistic lock error") does not say so. The exception stays an
 * {@link ApiException.Conflict} with LaunchDarkly's code, message and details. Not part of the
 * public API.
 */
public final class CreateConflicts {
  private CreateConflicts() {}

  /** Runs {@code call}, turning its 409 into the explained one. */
  public static <T> ApiResponse<T> explained(
      Supplier<ApiResponse<T>> call, EnvironmentKey environment, DestinationKind kind) {
    try {
      return call.get();
    } catch (ApiException.Conflict conflict) {
      throw new KindTaken(conflict, environment, kind);
    }
  }

  /**
   * {@code response}, completed with the explained 409 instead of LaunchDarkly's; cancelling the
   * returned future cancels {@code response}.
   */
  public static <T> CompletableFuture<ApiResponse<T>> explainedAsync(
      CompletableFuture<ApiResponse<T>> response,
      EnvironmentKey environment,
      DestinationKind kind) {
    CompletableFuture<ApiResponse<T>> explained =
        response.handle(
            (value, error) -> {
              Throwable cause =
                  error instanceof CompletionException && error.getCause() != null
                      ? error.getCause()
                      : error;
              if (cause instanceof ApiException.Conflict) {
                throw new CompletionException(
                    new KindTaken((ApiException.Conflict) cause, environment, kind));
              }
              if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
              }
              if (cause != null) {
                throw new CompletionException(cause);
              }
              return value;
            });
    return Transport.AsyncValues.cancelling(explained, response);
  }

  /** The 409 of a create, with a message that names the environment and the kind. */
  static final class KindTaken extends ApiException.Conflict {
    private static final long serialVersionUID = 1L;

    private final String explanation;

    KindTaken(ApiException.Conflict conflict, EnvironmentKey environment, DestinationKind kind) {
      super(conflict.details());
      this.explanation =
          "environment "
              + environment
              + " already has a destination of kind "
              + kind.value()
              + " (LaunchDarkly allows one of each kind per environment; update or delete that one"
              + " instead): ";
      setStackTrace(conflict.getStackTrace());
    }

    @Override
    public String getMessage() {
      return explanation + super.getMessage();
    }
  }
}
