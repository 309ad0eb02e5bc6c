package dev.dataexport.testkit;

import dev.dataexport.testkit.FakeStiggState.Answer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The credentials a {@link FakeStigg} accepts: its API key, or its user JWT sent with its {@code
 * X-ENVIRONMENT-ID}.
 */
record FakeStiggAuth(String apiKey, String jwt, String environmentId) {
  /** The error to answer, or null when the request's credentials are accepted. */
  Answer check(RecordedRequest request) {
    String key = request.getHeader("X-API-KEY");
    if (key != null) {
      return key.equals(apiKey) ? null : denied("Invalid API key");
    }
    String authorization = request.getHeader("Authorization");
    if (authorization == null) {
      return denied("Missing X-API-KEY or Authorization header");
    }
    if (!authorization.equals("Bearer " + jwt)) {
      return denied("Invalid bearer token");
    }
    String environment = request.getHeader("X-ENVIRONMENT-ID");
    if (environment == null) {
      return FakeStiggState.error(
          404, "EnvironmentMissing", "X-ENVIRONMENT-ID is required with a user JWT");
    }
    if (!environment.equals(environmentId)) {
      return FakeStiggState.error(
          404, "EnvironmentMissing", "Environment " + environment + " not found");
    }
    return null;
  }

  /** Which caller the request is, for keeping idempotency keys apart. */
  static String scope(RecordedRequest request) {
    return request.getHeader("X-API-KEY") + "|" + request.getHeader("Authorization");
  }

  /** The environment only: the key and the JWT stay out of any printed text. */
  @Override
  public String toString() {
    return "FakeStiggAuth{apiKey=****, jwt=****, environmentId=" + environmentId + "}";
  }

  private static Answer denied(String message) {
    return FakeStiggState.error(401, "Unauthenticated", message);
  }
}
