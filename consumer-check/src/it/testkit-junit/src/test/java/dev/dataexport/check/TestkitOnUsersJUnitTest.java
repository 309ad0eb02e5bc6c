package dev.dataexport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeStigg;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fakes as extensions of whatever JUnit the user runs. */
class TestkitOnUsersJUnitTest {
  @RegisterExtension
  final FakeStigg stigg = new FakeStigg().addDestination("int_1", "dst_1", "snowflake");

  @Test
  void runsOnTheJUnitThisBuildAskedFor() {
    assertEquals(
        System.getProperty("expected.junit"), Test.class.getPackage().getImplementationVersion());
  }

  @Test
  void eachTestGetsAFreshStartedFake() {
    assertEquals(0, stigg.requestCount());
    stigg
        .client()
        .destinations()
        .updateSelection(
            "dst_1",
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels("customers")
                .build());
    assertEquals(Optional.of(List.of("customers")), stigg.enabledModels("int_1", "dst_1"));
  }

  @Test
  void theNextTestSeesNoRequestOfTheLastOne() {
    assertEquals(0, stigg.requestCount());
  }
}
