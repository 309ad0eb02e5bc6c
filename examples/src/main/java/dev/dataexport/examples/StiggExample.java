package dev.dataexport.examples;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeStiggServer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Updates a Stigg destination's model selection. Offline against {@link FakeStiggServer} by
 * default; with {@code STIGG_API_KEY} set it calls the real API (and {@code STIGG_BASE_URL} if
 * set), taking the destination, integration and models from the arguments {@code <destinationId>
 * <integrationId> <model>...} or from {@code STIGG_DESTINATION_ID}, {@code STIGG_INTEGRATION_ID}
 * and {@code STIGG_ENABLED_MODELS} (comma-separated).
 */
public final class StiggExample {
  static final String USAGE =
      "usage with STIGG_API_KEY set: StiggExample <destinationId> <integrationId> <model>..."
          + "\n  or set STIGG_DESTINATION_ID, STIGG_INTEGRATION_ID and STIGG_ENABLED_MODELS (comma-separated)."
          + "\n  The models replace the destination's whole selection.";

  private StiggExample() {}

  /** Runs the example with the process environment; exits with status 2 on a usage error. */
  public static void main(String[] args) {
    try {
      run(System.getenv(), args, System.out);
    } catch (IllegalArgumentException usage) {
      System.err.println(usage.getMessage());
      System.exit(2);
    }
  }

  /**
   * Runs the example: against the real API when {@code env} has {@code STIGG_API_KEY}, otherwise
   * against a fake.
   *
   * @throws IllegalArgumentException with the usage text when real mode lacks an id or the models
   */
  static void run(Map<String, String> env, String[] args, PrintStream out) {
    String key = env.get(StiggClient.API_KEY_ENV);
    if (key == null || key.isEmpty()) {
      runOffline(out);
      return;
    }
    String destinationId = arg(args, 0, env, "STIGG_DESTINATION_ID", "destination id");
    String integrationId = arg(args, 1, env, "STIGG_INTEGRATION_ID", "integration id");
    List<String> models = models(args, env);
    try (StiggClient stigg = StiggClient.fromEnv(env)) {
      out.println(
          "Stigg: using the REAL API at " + stigg.options().baseUrl() + " (STIGG_API_KEY is set)");
      update(stigg, destinationId, integrationId, models, out);
    }
  }

  private static void runOffline(PrintStream out) {
    try (FakeStiggServer fake = new FakeStiggServer()) {
      fake.addDestination("int_demo", "dst_9f2a1c7b3e4d", "snowflake")
          .addDestination("int_demo", "dst_5e8b0a2c", "bigquery", List.of("subscriptions"));
      out.println(
          "Stigg: offline against FakeStigg at "
              + fake.baseUrl()
              + " (set STIGG_API_KEY to call the real API)");
      update(fake.client(), "dst_9f2a1c7b3e4d", "int_demo", List.of("customers", "invoices"), out);
    }
  }

  private static void update(
      StiggClient stigg,
      String destinationId,
      String integrationId,
      List<String> models,
      PrintStream out) {
    UpdateSelectionRequest request =
        UpdateSelectionRequest.builder().integrationId(integrationId).enabledModels(models).build();
    ApiResponse<DestinationList> response =
        stigg.destinations().withRawResponse().updateSelection(destinationId, request);
    out.println(
        "Updated "
            + destinationId
            + " in "
            + integrationId
            + ": HTTP "
            + response.status()
            + " after "
            + response.attempts().size()
            + (response.attempts().size() == 1 ? " attempt" : " attempts"));
    List<Destination> destinations = response.value().destinations();
    out.println(
        "The integration has "
            + destinations.size()
            + (destinations.size() == 1 ? " destination:" : " destinations:"));
    for (Destination destination : destinations) {
      out.println(
          "  "
              + destination.destinationId()
              + " ("
              + destination.type()
              + ", "
              + destination.connectionStatus().map(Object::toString).orElse("status unknown")
              + "): "
              + (destination.selectsFullCatalog()
                  ? "full catalog"
                  : String.join(", ", destination.enabledModels().get())));
    }
  }

  private static String arg(
      String[] args, int index, Map<String, String> env, String variable, String what) {
    String value = args.length > index ? args[index] : env.get(variable);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(
          "missing " + what + " (argument " + (index + 1) + " or " + variable + ")\n" + USAGE);
    }
    return value;
  }

  private static List<String> models(String[] args, Map<String, String> env) {
    List<String> models = new ArrayList<>();
    if (args.length > 2) {
      models.addAll(Arrays.asList(args).subList(2, args.length));
    } else if (env.get("STIGG_ENABLED_MODELS") != null) {
      for (String model : env.get("STIGG_ENABLED_MODELS").split(",")) {
        if (!model.isBlank()) {
          models.add(model.strip());
        }
      }
    }
    if (models.isEmpty()) {
      throw new IllegalArgumentException(
          "missing models (arguments 3.. or STIGG_ENABLED_MODELS); none are assumed, since they replace the "
              + "destination's selection\n"
              + USAGE);
    }
    return models;
  }
}
