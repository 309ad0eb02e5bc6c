package dev.dataexport.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** A next-page link is followed only on the base URL's origin and under its path. */
class LinkTest {
  private static final HttpUrl BASE = HttpUrl.get("https://api.example.com/v1/");

  private static ApiRequest follow(String link) {
    return ApiRequest.builder(HttpMethod.GET).link(BASE, "next_url", link).build();
  }

  @Test
  void keepsPathAndQueryOfALinkOnTheBaseOrigin() {
    ApiRequest next = follow("https://api.example.com/v1/destinations?page_size=2&cursor=a%2Bb%3D");

    assertThat(next.encodedPath()).containsExactly("destinations");
    assertThat(next.query()).containsEntry("page_size", "2").containsEntry("cursor", "a+b=");
  }

  @Test
  void resolvesARelativeLink() {
    ApiRequest next = follow("/v1/destinations/a%20b/transfers?cursor=x");

    assertThat(next.encodedPath()).containsExactly("destinations", "a%20b", "transfers");
    assertThat(next.query()).containsEntry("cursor", "x");
  }

  @Test
  void refusesAnotherHost() {
    assertThatThrownBy(() -> follow("https://evil.example.net/v1/destinations?cursor=x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("next_url points to https://evil.example.net:443")
        .hasMessageContaining("credential never leaves https://api.example.com");
  }

  @Test
  void refusesAnotherSchemeOrPort() {
    assertThatThrownBy(() -> follow("http://api.example.com/v1/destinations"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> follow("https://api.example.com:8443/v1/destinations"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAPathOutsideTheBasePath() {
    assertThatThrownBy(() -> follow("https://api.example.com/admin/users"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaves the base URL's path /v1/");
  }

  @Test
  void refusesSomethingThatIsNotAUrl() {
    assertThatThrownBy(() -> follow("http://[::1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("next_url is not a URL");
  }
}
