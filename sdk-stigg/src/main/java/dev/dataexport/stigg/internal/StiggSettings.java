package dev.dataexport.stigg.internal;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.ModelCatalog;
import dev.dataexport.stigg.StiggRequestOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Stigg-only per-call settings that {@link StiggRequestOptions} puts into {@link
 * RequestOptions}, and what a call does with them: the idempotency key it sends and the model
 * catalog a selection is checked against. Not API.
 */
public final class StiggSettings {
  /** A key the caller chose for this call. */
  public static final RequestOptions.Key<String> IDEMPOTENCY_KEY =
      new RequestOptions.Key<>("idempotencyKey", String.class);

  /** The caller asked for no key, not even a generated one. */
  public static final RequestOptions.Key<Boolean> NO_IDEMPOTENCY_KEY =
      new RequestOptions.Key<>("noIdempotencyKey", Boolean.class);

  /** The catalog every model of the call's selection must be in. */
  public static final RequestOptions.Key<ModelCatalog> MODEL_CATALOG =
      new RequestOptions.Key<>("checkModelsAgainst", ModelCatalog.class);

  private StiggSettings() {}

  /**
   * Checks a caller's idempotency key: {@code idempotencyKey must be 1..255 characters long, was
   * 0}, printable ASCII (it is a header value).
   */
  public static String checkKey(String key) {
    Checks.headerValue("idempotencyKey", key);
    return Checks.length("idempotencyKey", key, 1, StiggChecks.MAX_LENGTH);
  }

  /**
   * The idempotency key of one call: the caller's (a per-call {@code Idempotency-Key} header
   * counts), none when turned off, else a new random one when {@code onByDefault}. It is chosen
   * once per call, when its request is built, so every retry of the call sends the same key and no
   * two calls share a generated one.
   */
  public static Optional<String> idempotencyKey(RequestOptions options, boolean onByDefault) {
    for (Map.Entry<String, String> header : options.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase(StiggRequestOptions.IDEMPOTENCY_KEY_HEADER)) {
        return Optional.of(header.getValue());
      }
    }
    if (options.get(NO_IDEMPOTENCY_KEY).orElse(false)) {
      return Optional.empty();
    }
    Optional<String> chosen = options.get(IDEMPOTENCY_KEY);
    if (chosen.isPresent() || !onByDefault) {
      return chosen;
    }
    return Optional.of(UUID.randomUUID().toString());
  }

  /**
   * When the caller asked for it, checks that every model of {@code models} is in the catalog:
   * {@code enabledModels[1] "invoicez" is not in the model catalog}.
   */
  public static void checkModels(RequestOptions options, Optional<List<String>> models) {
    Optional<ModelCatalog> catalog = options.get(MODEL_CATALOG);
    if (catalog.isEmpty() || models.isEmpty()) {
      return;
    }
    List<String> selection = models.get();
    for (int i = 0; i < selection.size(); i++) {
      if (!catalog.get().contains(selection.get(i))) {
        throw new IllegalArgumentException(
            Checks.name("enabledModels", i)
                + " \""
                + selection.get(i)
                + "\" is not in the model catalog (checkModelsAgainst); the catalog has "
                + catalog.get().modelIds().size()
                + " models");
      }
    }
  }
}
