package dev.dataexport.prequel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.prequel.config.PostgresConfig;
import org.junit.jupiter.api.Test;

/** A generated builder setter given null says so in the SDK's words, not Immutables'. */
class GeneratedSetterNullTest {
  @Test
  void aNullToAGeneratedSetterNamesTheFieldAndTheRule() {
    assertThatThrownBy(() -> PostgresConfig.builder().host((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("host must not be null");
  }
}
