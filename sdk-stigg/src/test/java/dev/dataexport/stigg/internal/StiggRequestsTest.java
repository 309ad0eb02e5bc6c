package dev.dataexport.stigg.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.Credentials;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The requests as built, before the transport: method, path, headers, body and retry class. */
class StiggRequestsTest {
  private static final UpdateSelectionRequest REQUEST =
      UpdateSelectionRequest.builder().integrationId("int_1").addEnabledModels("customers").build();

  @Test
  void updateSelectionIsAPatchThatIsSafeToRepeat() {
    ApiRequest request =
        StiggRequests.updateSelection(
            StiggAuth.apiKey(Credentials.apiKey("X-API-KEY", "key-0001")),
            "dst/1",
            REQUEST,
            RequestOptions.none());
    assertThat(request.method()).isEqualTo(HttpMethod.PATCH);
    assertThat(request.encodedPath())
        .containsExactly("api", "v1", "data-export", "destinations", "dst%2F1");
    assertThat(request.body()).isSameAs(REQUEST);
    assertThat(request.safeToRepeat()).isTrue();
    assertThat(request.headers()).isEmpty();
    assertThat(request).hasToString("PATCH /api/v1/data-export/destinations/dst%2F1");
  }

  @Test
  void jwtModeAddsTheEnvironmentAndAccount() {
    StiggAuth jwt = StiggAuth.jwt(Credentials.bearer("j.w.t-0001"), "env_1", "acc_1");
    assertThat(StiggRequests.updateSelection(jwt, "d", REQUEST, RequestOptions.none()).headers())
        .containsExactly(
            Map.entry("X-ENVIRONMENT-ID", "env_1"), Map.entry("X-ACCOUNT-ID", "acc_1"));
    StiggAuth noAccount = StiggAuth.jwt(Credentials.bearer("j.w.t-0001"), "env_1", null);
    assertThat(
            StiggRequests.updateSelection(noAccount, "d", REQUEST, RequestOptions.none()).headers())
        .containsOnlyKeys("X-ENVIRONMENT-ID");
    assertThat(noAccount).hasToString("jwt, environmentId=env_1");
  }

  @Test
  void badArgumentsAreRejectedInOrder() {
    StiggAuth auth = StiggAuth.apiKey(Credentials.apiKey("X-API-KEY", "key-0001"));
    for (String bad : List.of("", " ", "\t")) {
      assertThatThrownBy(() -> StiggRequests.updateSelection(auth, bad, REQUEST, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("destinationId must ");
    }
    assertThatThrownBy(() -> StiggRequests.updateSelection(auth, "d", null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request must not be null");
    assertThatThrownBy(() -> StiggRequests.updateSelection(auth, "d", REQUEST, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options must not be null");
  }
}
