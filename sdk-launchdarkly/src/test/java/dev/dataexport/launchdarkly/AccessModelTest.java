package dev.dataexport.launchdarkly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.spi.Json;
import org.junit.jupiter.api.Test;

/** The typed {@code _access} model, read from the spec's own example. */
class AccessModelTest {
  /** The spec's {@code Access} example: {@code notActions} holds nulls. */
  static final String SPEC_EXAMPLE =
      "{\"allowed\":[{\"reason\":{\"role_name\":\"role_name\",\"notActions\":[null,null],"
          + "\"notResources\":[\"notResources\",\"notResources\"],\"effect\":\"allow\","
          + "\"resources\":[\"proj/*:env/*;qa_*:/flag/*\"],\"actions\":[\"*\"]},\"action\":\"action\"}],"
          + "\"denied\":[{\"reason\":{\"effect\":\"deny\",\"actions\":[\"deleteDestination\",null],"
          + "\"scope\":\"new\"},\"action\":\"deleteDestination\",\"extra\":true},null],\"next\":1}";

  @Test
  void readsEveryDocumentedFieldAndSkipsNullsInsideTheArrays() throws Exception {
    Access access = Json.mapper().readValue(SPEC_EXAMPLE, Access.class);
    assertThat(access.allowed()).hasSize(1);
    AccessEntry allowed = access.allowed().get(0);
    assertThat(allowed.action()).contains("action");
    AccessReason reason = allowed.reason().orElseThrow();
    assertThat(reason.roleName()).contains("role_name");
    assertThat(reason.notActions()).isEmpty();
    assertThat(reason.notResources()).containsExactly("notResources", "notResources");
    assertThat(reason.resources()).containsExactly("proj/*:env/*;qa_*:/flag/*");
    assertThat(reason.actions()).containsExactly("*");
    assertThat(reason.effect()).contains(AccessEffect.ALLOW);

    assertThat(access.denied()).hasSize(1); // the null entry is skipped
    AccessEntry denied = access.denied().get(0);
    assertThat(denied.reason().orElseThrow().effect()).contains(AccessEffect.DENY);
    assertThat(denied.reason().orElseThrow().actions()).containsExactly("deleteDestination");
    assertThat(denied.reason().orElseThrow().unknownFields()).containsOnlyKeys("scope");
    assertThat(denied.unknownFields()).containsOnlyKeys("extra");
    assertThat(access.unknownFields()).containsOnlyKeys("next");
  }

  @Test
  void anUnknownEffectIsKeptAndMissingListsAreEmpty() throws Exception {
    Access access =
        Json.mapper()
            .readValue(
                "{\"allowed\":[{\"reason\":{\"effect\":\"audit\"}}],\"denied\":null}",
                Access.class);
    AccessReason reason = access.allowed().get(0).reason().orElseThrow();
    assertThat(reason.effect().orElseThrow().value()).isEqualTo("audit");
    assertThat(reason.effect().orElseThrow().isKnown()).isFalse();
    assertThat(reason.resources()).isEmpty();
    assertThat(reason.roleName()).isEmpty();
    assertThat(access.allowed().get(0).action()).isEmpty();
    assertThat(access.denied()).isEmpty();
  }

  @Test
  void roundTripsThroughTheCoreMapper() throws Exception {
    Access access = Json.mapper().readValue(SPEC_EXAMPLE, Access.class);
    Access again = Json.mapper().readValue(Json.mapper().writeValueAsString(access), Access.class);
    assertThat(again).isEqualTo(access);
  }
}
