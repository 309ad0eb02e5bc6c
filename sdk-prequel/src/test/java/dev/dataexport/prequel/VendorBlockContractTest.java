package dev.dataexport.prequel;

import static dev.dataexport.prequel.TestSupport.body;
import static dev.dataexport.prequel.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vendor block, sent through the client, must produce the reference page's JSON shape. */
class VendorBlockContractTest extends MockServerTest {

  static Iterable<VendorBlockCases.Case> cases() {
    return VendorBlockCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sendsTheBlockAsDocumented(VendorBlockCases.Case c) throws Exception {
    server.enqueue(TestSupport.ok());

    client.destinations().update("dst_1", DestinationUpdate.builder().vendor(c.block()).build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getPath()).isEqualTo("/destinations/dst_1");
    ObjectNode expected = JsonNodeFactory.instance.objectNode();
    expected.putObject("destination").set(c.block().vendorKey(), json(c.json()));
    assertThat(body(request)).isEqualTo(expected);
  }

  @Test
  void everyVendorKeyHasAContractCase() {
    Set<String> covered =
        VendorBlockCases.all().stream().map(c -> c.block().vendorKey()).collect(Collectors.toSet());
    Set<String> known =
        Vendor.knownValues().stream().map(Vendor::value).collect(Collectors.toSet());
    assertThat(covered).isEqualTo(known).hasSize(25);
  }
}
