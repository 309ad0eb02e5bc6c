package dev.dataexport.examples.readme;

// The README's "Testing your code" sample, verbatim (imports included), run as a real test.

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeStigg;
import dev.dataexport.testkit.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StiggSelectionTest {
  @RegisterExtension final FakeStigg stigg = new FakeStigg().addDestination("int_1", "dst_1", "snowflake");

  @Test
  void replacesTheSelection() {
    stigg.failNext(1, Fault.rateLimited("Retry-After", "1"));            // absorbed by a retry
    stigg.client().destinations().updateSelection("dst_1",
        UpdateSelectionRequest.builder().integrationId("int_1").addEnabledModels("customers").build());
    assertThat(stigg.enabledModels("int_1", "dst_1")).contains(List.of("customers"));
    assertThat(stigg.sleeper().waits()).containsExactly(Duration.ofSeconds(1));   // retries never really sleep
    assertThat(stigg.lastRequest().bodyJson().get("enabledModels").get(0).asText()).isEqualTo("customers");
  }
}
