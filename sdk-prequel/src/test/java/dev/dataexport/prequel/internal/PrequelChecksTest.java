package dev.dataexport.prequel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Prequel's input rules at their exact limits, with the value each check hands back. */
class PrequelChecksTest {
  private static final String PORT = "destination.postgres.port";

  @Test
  void aPortIsAcceptedFromOneTo65535() {
    assertThatCode(() -> PrequelChecks.port(PORT, OptionalLong.of(1))).doesNotThrowAnyException();
    assertThatCode(() -> PrequelChecks.port(PORT, OptionalLong.of(65535)))
        .doesNotThrowAnyException();
    assertThatCode(() -> PrequelChecks.port(PORT, OptionalLong.empty())).doesNotThrowAnyException();
  }

  @Test
  void aPortJustOutsideTheRangeIsRefusedWithItsValue() {
    assertThatThrownBy(() -> PrequelChecks.port(PORT, OptionalLong.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destination.postgres.port must be 1..65535, was 0");
    assertThatThrownBy(() -> PrequelChecks.port(PORT, OptionalLong.of(65536)))
        .hasMessage("destination.postgres.port must be 1..65535, was 65536");
  }

  @Test
  void aPageSizeIsAcceptedFromOneTo100() {
    assertThatCode(() -> PrequelChecks.pageSize(OptionalInt.of(1))).doesNotThrowAnyException();
    assertThatCode(() -> PrequelChecks.pageSize(OptionalInt.of(100))).doesNotThrowAnyException();
    assertThatCode(() -> PrequelChecks.pageSize(OptionalInt.empty())).doesNotThrowAnyException();
  }

  @Test
  void aPageSizeJustOutsideTheRangeIsRefused() {
    assertThatThrownBy(() -> PrequelChecks.pageSize(OptionalInt.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("page_size must be 1..100, was 0");
    assertThatThrownBy(() -> PrequelChecks.pageSize(OptionalInt.of(101)))
        .hasMessage("page_size must be 1..100, was 101");
  }

  @Test
  void atLeastOneAcceptsOneAndHandsTheValueBack() {
    assertThat(PrequelChecks.atLeastOne("destination.frequency_minutes", 1)).isEqualTo(1);
    assertThat(PrequelChecks.atLeastOne("destination.frequency_minutes", 1440)).isEqualTo(1440);
    assertThatCode(() -> PrequelChecks.atLeastOne("x", OptionalLong.of(1)))
        .doesNotThrowAnyException();
  }

  @Test
  void atLeastOneRefusesZeroPresentOrPlain() {
    assertThatThrownBy(() -> PrequelChecks.atLeastOne("destination.frequency_minutes", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destination.frequency_minutes must be >= 1, was 0");
    assertThatThrownBy(() -> PrequelChecks.atLeastOne("x", OptionalLong.of(0)))
        .hasMessage("x must be >= 1, was 0");
  }

  @Test
  void anElementCheckHandsTheValueBackAndNamesTheIndex() {
    assertThat(PrequelChecks.notBlank("destination.enabled_models", 1, "orders"))
        .isEqualTo("orders");
    assertThatThrownBy(() -> PrequelChecks.notBlank("destination.enabled_models", 1, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destination.enabled_models[1] must not be blank");
    assertThatThrownBy(() -> PrequelChecks.notBlank("destination.enabled_models", 2, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("destination.enabled_models[2] must not be null");
  }

  @Test
  void aPresentTextMustNotBeBlankAnAbsentOneIsFine() {
    assertThatCode(() -> PrequelChecks.notBlank("destination.name", Optional.empty()))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PrequelChecks.notBlank("destination.name", Optional.of("\t")))
        .hasMessage("destination.name must not be blank");
  }

  @Test
  void aDelimiterMayBeWhitespaceButNotEmpty() {
    assertThat(PrequelChecks.notEmpty("csv.delimiter", "\t")).isEqualTo("\t");
    assertThatThrownBy(() -> PrequelChecks.notEmpty("csv.delimiter", ""))
        .hasMessage("csv.delimiter must not be empty");
  }

  @Test
  void tagTextAcceptsEveryEdgeOfItsCharacterRanges() {
    assertThatCode(() -> PrequelChecks.tags("tags", Map.of("AZaz09_-", "ZA-zs_90")))
        .doesNotThrowAnyException();
    for (String edge : new String[] {"A", "Z", "a", "z", "0", "9", "_", "-"}) {
      assertThatCode(() -> PrequelChecks.tags("tags", Map.of(edge, edge)))
          .as(edge)
          .doesNotThrowAnyException();
    }
  }

  /** The characters on either side of A-Z, a-z and 0-9, and a space. */
  @ParameterizedTest
  @ValueSource(strings = {"@", "[", "`", "{", "/", ":", " "})
  void tagTextRefusesTheNeighboursOfItsRangesInKeys(String bad) {
    assertThatThrownBy(() -> PrequelChecks.tags("tags", Map.of("a" + bad, "v")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tags key \"a" + bad + "\" must match [A-Za-z0-9_-]+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"@", "[", "`", "{", "/", ":", " "})
  void tagTextRefusesTheNeighboursOfItsRangesInValuesWithoutEchoingThem(String bad) {
    assertThatThrownBy(() -> PrequelChecks.tags("tags", Map.of("team", "x" + bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tags.team must match [A-Za-z0-9_-]+");
  }

  @Test
  void anEmptyTagKeyOrValueIsRefused() {
    assertThatThrownBy(() -> PrequelChecks.tags("tags", Map.of("", "v")))
        .hasMessage("tags key \"\" must match [A-Za-z0-9_-]+");
    assertThatThrownBy(() -> PrequelChecks.tags("tags", Map.of("team", "")))
        .hasMessage("tags.team must match [A-Za-z0-9_-]+");
  }

  @Test
  void idsAreNamedAsTheUserWroteThem() {
    assertThat(PrequelChecks.destinationId("dst_1")).isEqualTo("dst_1");
    assertThat(PrequelChecks.transferId("tr_1")).isEqualTo("tr_1");
    assertThatThrownBy(() -> PrequelChecks.destinationId(" "))
        .hasMessage("destinationId must not be blank");
    assertThatThrownBy(() -> PrequelChecks.transferId(" "))
        .hasMessage("transferId must not be blank");
    assertThat(PrequelChecks.path("postgres", "port")).isEqualTo(PORT);
  }
}
