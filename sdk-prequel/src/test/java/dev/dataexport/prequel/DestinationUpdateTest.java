package dev.dataexport.prequel;

import static dev.dataexport.prequel.TestSupport.json;
import static dev.dataexport.prequel.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.prequel.config.PostgresConfig;
import dev.dataexport.prequel.config.S3Config;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The destination object's own fields, and the three states (unset, null, value) on the wire. */
class DestinationUpdateTest {

  @Test
  void sendsOnlyTheFieldsThatAreSet() {
    DestinationUpdate update = DestinationUpdate.builder().frequencyMinutes(15).build();

    assertThat(tree(update)).isEqualTo(json("{\"frequency_minutes\": 15}"));
  }

  @Test
  void sendsEveryTopLevelField() {
    DestinationUpdate update =
        DestinationUpdate.builder()
            .name("Acme warehouse")
            .frequencyMinutes(60)
            .addEnabledModels("orders", "customers")
            .maxConcurrentTransfers(2)
            .maxConcurrentQueriesPerTransfer(4)
            .isEnabled(true)
            .machineTypeId("3c90c3cc-0d44-4b50-8888-8dd25736052a")
            .postgres(PostgresConfig.builder().port(5433).build())
            .build();

    assertThat(tree(update))
        .isEqualTo(
            json(
                """
        {"name": "Acme warehouse", "frequency_minutes": 60, "enabled_models": ["orders", "customers"],
         "max_concurrent_transfers": 2, "max_concurrent_queries_per_transfer": 4, "is_enabled": true,
         "machine_type_id": "3c90c3cc-0d44-4b50-8888-8dd25736052a", "postgres": {"port": 5433}}"""));
  }

  static Stream<Arguments> threeStateFields() {
    return Stream.of(
        Arguments.of(
            "max_concurrent_transfers",
            (UnaryOperator<DestinationUpdate.Builder>) b -> b.clearMaxConcurrentTransfers(),
            (UnaryOperator<DestinationUpdate.Builder>) b -> b.maxConcurrentTransfers(3),
            "3"),
        Arguments.of(
            "max_concurrent_queries_per_transfer",
            (UnaryOperator<DestinationUpdate.Builder>)
                b -> b.clearMaxConcurrentQueriesPerTransfer(),
            (UnaryOperator<DestinationUpdate.Builder>) b -> b.maxConcurrentQueriesPerTransfer(5),
            "5"),
        Arguments.of(
            "machine_type_id",
            (UnaryOperator<DestinationUpdate.Builder>) b -> b.clearMachineTypeId(),
            (UnaryOperator<DestinationUpdate.Builder>) b -> b.machineTypeId("m-1"),
            "\"m-1\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("threeStateFields")
  void threeStatesOnTheWire(
      String field,
      UnaryOperator<DestinationUpdate.Builder> clear,
      UnaryOperator<DestinationUpdate.Builder> set,
      String valueJson) {
    DestinationUpdate unset = DestinationUpdate.builder().isEnabled(true).build();
    DestinationUpdate cleared = clear.apply(DestinationUpdate.builder().isEnabled(true)).build();
    DestinationUpdate valued = set.apply(DestinationUpdate.builder().isEnabled(true)).build();

    assertThat(tree(unset).has(field)).isFalse();
    assertThat(tree(cleared)).isEqualTo(json("{\"is_enabled\": true, \"" + field + "\": null}"));
    assertThat(tree(valued))
        .isEqualTo(json("{\"is_enabled\": true, \"" + field + "\": " + valueJson + "}"));
  }

  @Test
  void folderHasThreeStatesInsideAVendorBlock() {
    S3Config unset = S3Config.builder().bucketName("b").build();
    S3Config cleared = S3Config.builder().bucketName("b").clearFolder().build();
    S3Config valued = S3Config.builder().bucketName("b").folder("exports").build();

    assertThat(tree(unset)).isEqualTo(json("{\"bucket_name\": \"b\"}"));
    assertThat(tree(cleared)).isEqualTo(json("{\"bucket_name\": \"b\", \"folder\": null}"));
    assertThat(tree(valued)).isEqualTo(json("{\"bucket_name\": \"b\", \"folder\": \"exports\"}"));
    assertThat(cleared.folder()).isEqualTo(Settable.ofNull());
  }

  @Test
  void theModelsListIsNeverSharedWithTheCallerOrTheBuilder() {
    List<String> mine = new ArrayList<>(List.of("a", "b"));
    DestinationUpdate.Builder builder = DestinationUpdate.builder().enabledModels(mine);
    mine.add("c");
    DestinationUpdate first = builder.build();
    builder.addEnabledModels("d");
    DestinationUpdate second = builder.build();
    builder.addEnabledModels("e");

    assertThat(first.enabledModels()).contains(List.of("a", "b"));
    assertThat(second.enabledModels()).contains(List.of("a", "b", "d"));
    assertThat(builder.build().enabledModels()).contains(List.of("a", "b", "d", "e"));
  }

  @Test
  void enabledModelsAreReplacedOrAppended() {
    assertThat(
            DestinationUpdate.builder()
                .enabledModels(List.of("a"))
                .enabledModels(List.of("b"))
                .build()
                .enabledModels())
        .contains(List.of("b"));
    assertThat(
            DestinationUpdate.builder()
                .enabledModels(List.of("a"))
                .addEnabledModels("b")
                .build()
                .enabledModels())
        .contains(List.of("a", "b"));
    assertThat(tree(DestinationUpdate.builder().enabledModels(List.of()).build()))
        .isEqualTo(json("{\"enabled_models\": []}"));
  }

  @Test
  void rawVendorSendsAnUnknownBlockAsIs() {
    ObjectNode block =
        JsonNodeFactory.instance.objectNode().put("endpoint", "https://x").put("port", 9);
    DestinationUpdate update = DestinationUpdate.builder().rawVendor("newvendor", block).build();
    block.put("endpoint", "changed after build");

    assertThat(tree(update))
        .isEqualTo(json("{\"newvendor\": {\"endpoint\": \"https://x\", \"port\": 9}}"));
    assertThat(update.vendor()).get().extracting(v -> v.vendorKey()).isEqualTo("newvendor");
  }

  @Test
  void sameVendorTwiceReplacesTheBlock() {
    DestinationUpdate update =
        DestinationUpdate.builder()
            .postgres(PostgresConfig.builder().port(1).build())
            .postgres(PostgresConfig.builder().port(2).build())
            .build();

    assertThat(tree(update)).isEqualTo(json("{\"postgres\": {\"port\": 2}}"));
  }

  @Test
  void valuesEqualAndPrintReadably() {
    DestinationUpdate a =
        DestinationUpdate.builder().frequencyMinutes(15).clearMachineTypeId().build();
    DestinationUpdate b =
        DestinationUpdate.builder().frequencyMinutes(15).clearMachineTypeId().build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(DestinationUpdate.builder().frequencyMinutes(15).build());
    assertThat(a).hasToString("DestinationUpdate{frequencyMinutes=15, machineTypeId=NULL}");
  }
}
