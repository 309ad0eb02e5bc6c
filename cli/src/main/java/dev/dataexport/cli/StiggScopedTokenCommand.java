package dev.dataexport.cli;

import dev.dataexport.core.Secret;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.ScopedToken;
import dev.dataexport.stigg.ScopedTokenRequest;
import dev.dataexport.stigg.StiggClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dataexport stigg scoped-token --origin URL}: mints a token for Stigg's widget. The token
 * is a credential: it prints as {@code ****} unless {@code --show-token} asks for it.
 */
@Command(
    name = "scoped-token",
    description =
        "Mint a token for Stigg's embeddable widget; the token prints masked unless --show-token.")
final class StiggScopedTokenCommand extends StiggCommand.Call {
  @Option(
      names = "--origin",
      required = true,
      paramLabel = "ORIGIN",
      description = "The origin of the page that embeds the widget (https://app.example.com).")
  String origin;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Limit the widget to one warehouse type.")
  String type;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "A model the widget's destination exports; repeat for each.")
  List<String> models = List.of();

  @Option(
      names = "--show-token",
      description = "Print the token itself (it is a credential: mind where the output goes).")
  boolean showToken;

  @Override
  void run(StiggClient client, CliRuntime runtime) {
    ScopedTokenRequest.Builder request = ScopedTokenRequest.builder().applicationOrigin(origin);
    // The SDK reads an empty selection as "given", which must have an item: add only real ones.
    if (!models.isEmpty()) {
      request.addAllEnabledModels(models);
    }
    if (type != null) {
      request.destinationType(DestinationType.of(type));
    }
    ScopedToken token = client.scopedTokens().create(request.build());
    String shown = showToken ? token.token().reveal() : Secret.MASK;
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("token", shown);
    value.put("expiresAt", token.expiresAt());
    value.put("providerMetadata", token.providerMetadata());
    Printer.print(
        runtime,
        output,
        value,
        () -> Table.of("TOKEN", "EXPIRES_AT").row(shown, token.expiresAt()));
  }
}
