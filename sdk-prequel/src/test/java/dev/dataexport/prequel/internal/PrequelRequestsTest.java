package dev.dataexport.prequel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.Json;
import dev.dataexport.prequel.DestinationUpdate;
import org.junit.jupiter.api.Test;

/** Each call's request: method, encoded path, body and retry class, checked before it is built. */
class PrequelRequestsTest {
  private static final DestinationUpdate UPDATE =
      DestinationUpdate.builder().frequencyMinutes(15).build();

  @Test
  void getIsASafeReadOfOneEncodedSegment() {
    ApiRequest request = PrequelRequests.getDestination("a/b");

    assertThat(request.method()).isEqualTo(HttpMethod.GET);
    assertThat(request.encodedPath()).containsExactly("destinations", "a%2Fb");
    assertThat(request.body()).isNull();
    assertThat(request.safeToRepeat()).isTrue();
    assertThat(request).hasToString("GET /destinations/a%2Fb");
  }

  @Test
  void updateIsASafePatchOfTheDestinationObject() throws Exception {
    ApiRequest request = PrequelRequests.updateDestination("dst_1", UPDATE);

    assertThat(request.method()).isEqualTo(HttpMethod.PATCH);
    assertThat(request.encodedPath()).containsExactly("destinations", "dst_1");
    assertThat(request.safeToRepeat()).isTrue();
    assertThat(Json.mapper().writeValueAsString(request.body()))
        .isEqualTo("{\"destination\":{\"frequency_minutes\":15}}")
        .isEqualTo(Json.mapper().writeValueAsString(PrequelJson.updateBody(UPDATE)));
  }

  @Test
  void argumentsAreCheckedInTheCoresWords() {
    assertThatThrownBy(() -> PrequelRequests.getDestination(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must not be blank");
    assertThatThrownBy(() -> PrequelRequests.updateDestination(null, UPDATE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("destinationId must not be null");
    assertThatThrownBy(() -> PrequelRequests.updateDestination("\t", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must not be blank");
    assertThatThrownBy(() -> PrequelRequests.updateDestination("dst_1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("update must not be null");
  }
}
