package dev.dataexport.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.Transfer;
import dev.dataexport.prequel.TransferStatus;
import dev.dataexport.testkit.FakePrequel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the README's Prequel lifecycle samples against FakePrequel, in the README's order. */
class PrequelReadmeSamplesRunTest {
  @RegisterExtension final FakePrequel prequel = new FakePrequel();

  @Test
  void theLifecycleSamplesRunInOrder() {
    PrequelClient client = prequel.client();
    prequel.addDestination("dst_other", "postgres", null);

    Destination created = PrequelReadmeSamples.createAndTest(client, "CANARY-secret-123");
    PrequelReadmeSamples.listing(client);
    Transfer done = PrequelReadmeSamples.transfer(client, created);

    assertThat(done.status()).contains(TransferStatus.SUCCESS);
    assertThat(done.isFullRefresh()).contains(true);
    assertThat(PrequelReadmeSamples.delete(client, created).wasGoneOnRetry()).isFalse();
    assertThat(prequel.storedDestination(created.id())).isEmpty();
    assertThat(prequel.requests())
        .extracting(r -> r.method() + " " + r.path().replaceFirst("\\?.*", ""))
        .startsWith(
            "POST /test-destination",
            "POST /destinations",
            "POST /destinations/" + created.id() + "/test-connection",
            "GET /destinations");
  }

  @Test
  void theCreateSampleRefusesAConfigurationThatDoesNotConnect() {
    prequel.connectionTestVerdict("failure", "could not resolve db.acme.com");

    assertThatThrownBy(() -> PrequelReadmeSamples.createAndTest(prequel.client(), "pw"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot connect: could not resolve db.acme.com");
    assertThat(prequel.destinationCount()).isZero();
  }
}
