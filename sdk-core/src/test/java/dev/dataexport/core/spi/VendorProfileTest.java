package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ResponseHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a vendor profile keeps, what it defaults to, and how it matches sensitive field names. */
class VendorProfileTest {
  private static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
  private static final ResponseHeaders NO_HEADERS = ResponseHeaders.of();

  @Test
  void defaultsReadNothingAndLookForTheUsualRequestIdHeaders() throws Exception {
    VendorProfile profile = VendorProfile.builder("acme").build();

    assertThat(profile.name()).isEqualTo("acme");
    assertThat(profile.fixedHeaders()).isEmpty();
    assertThat(profile.requestIdHeaders()).containsExactly("X-Request-Id", "Request-Id");
    assertThat(profile.errorParser().parse(500, NO_HEADERS, "{\"code\":\"x\"}".getBytes()))
        .isSameAs(VendorProfile.ErrorBody.empty());
    assertThat(profile.rateLimitWait().waitFor(NO_HEADERS, CLOCK)).isEmpty();
  }

  @Test
  void keepsWhatTheVendorSets() throws Exception {
    VendorProfile.ErrorParser parser =
        (status, headers, body) -> new VendorProfile.ErrorBody("E" + status, "message");
    VendorProfile.RateLimitWait wait = (headers, clock) -> Optional.of(Duration.ofSeconds(7));

    VendorProfile profile =
        VendorProfile.builder("acme")
            .fixedHeader("Acme-Version", "2024-01-01")
            .requestIdHeaders("Acme-Trace")
            .errorParser(parser)
            .rateLimitWait(wait)
            .build();

    assertThat(profile.fixedHeaders()).containsExactly(Map.entry("Acme-Version", "2024-01-01"));
    assertThat(profile.requestIdHeaders()).containsExactly("Acme-Trace");
    assertThat(profile.errorParser().parse(409, NO_HEADERS, new byte[0]))
        .isEqualTo(new VendorProfile.ErrorBody("E409", "message"));
    assertThat(profile.rateLimitWait().waitFor(NO_HEADERS, CLOCK)).contains(Duration.ofSeconds(7));
  }

  @Test
  void aBuiltProfileDoesNotChangeWithItsBuilder() {
    VendorProfile.Builder builder =
        VendorProfile.builder("acme").fixedHeader("A", "1").sensitiveFields("pin");
    VendorProfile first = builder.build();
    builder.fixedHeader("B", "2").requestIdHeaders().sensitiveFields("otp");

    assertThat(first.fixedHeaders()).containsOnlyKeys("A");
    assertThat(first.requestIdHeaders()).containsExactly("X-Request-Id", "Request-Id");
    assertThat(first.sensitiveFields()).contains("pin").doesNotContain("otp");
    assertThatThrownBy(() -> first.fixedHeaders().put("C", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.requestIdHeaders().add("C"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.sensitiveFields().add("c"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sensitiveFieldsAreMatchedLowerCaseWithoutSeparators() {
    VendorProfile profile =
        VendorProfile.builder("acme").sensitiveFields("Service_Role-Key", "PIN").build();

    assertThat(profile.sensitiveFields())
        .contains("servicerolekey", "pin", "password", "apikey", "secretaccesskey", "credentials")
        .doesNotContain("Service_Role-Key", "PIN");
    assertThat(VendorProfile.normalize("api_key")).isEqualTo("apikey");
    assertThat(VendorProfile.normalize("X-Api-Key")).isEqualTo("xapikey");
    assertThat(VendorProfile.normalize("__")).isEmpty();
    assertThat(VendorProfile.normalize("plain")).isEqualTo("plain");
  }

  @Test
  void refusesWhatCouldNotBeSentOrUsed() {
    assertThatThrownBy(() -> VendorProfile.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    VendorProfile.Builder builder = VendorProfile.builder("acme");
    assertThatThrownBy(() -> builder.fixedHeader("Acme-Version", "a\r\nInjected: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Acme-Version");
    assertThatThrownBy(() -> builder.errorParser(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.rateLimitWait(null)).isInstanceOf(NullPointerException.class);
    assertThat(builder.build().fixedHeaders()).isEmpty();
  }

  @Test
  void theEmptyErrorBodyHasNeitherCodeNorMessage() {
    assertThat(VendorProfile.ErrorBody.empty().code()).isNull();
    assertThat(VendorProfile.ErrorBody.empty().message()).isNull();
    assertThat(List.of(VendorProfile.ErrorBody.empty()))
        .containsExactly(new VendorProfile.ErrorBody(null, null));
  }
}
