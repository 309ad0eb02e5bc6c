package dev.dataexport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.launchdarkly.AzureEventHubsConfig;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationKind;
import dev.dataexport.launchdarkly.EnvironmentKey;
import dev.dataexport.launchdarkly.GooglePubSubConfig;
import dev.dataexport.launchdarkly.KinesisConfig;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.MParticleConfig;
import dev.dataexport.launchdarkly.NewDestination;
import dev.dataexport.launchdarkly.SegmentConfig;
import dev.dataexport.launchdarkly.SnowflakeV2Config;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dataexport launchdarkly create <project> <env> --kind KIND ...}: a typed option per member
 * of the six documented kinds (secrets only from files), or {@code --config FILE} with the raw JSON
 * config of any kind.
 */
@Command(
    name = "create",
    description = {
      "Create a destination. The documented kinds take typed options (secret members only from"
          + " files); --config FILE sends a raw JSON config for any kind.",
      "Kinds and their options: kinesis (--region --role-arn --stream-name), google-pubsub"
          + " (--gcp-project --topic), mparticle (--mparticle-api-key-file --mparticle-secret-file"
          + " --user-identity --anonymous-user-identity --mparticle-environment), segment"
          + " (--write-key-file --user-id-context-kind --anonymous-id-context-kind),"
          + " azure-event-hubs (--namespace --hub-name --policy-name --policy-key-file),"
          + " snowflake-v2 (--public-key-file --snowflake-host-address)."
    })
final class LaunchDarklyCreateCommand extends LaunchDarklyCommand.Call {
  @Parameters(index = "0", paramLabel = "PROJECT_KEY")
  String projectKey;

  @Parameters(index = "1", paramLabel = "ENVIRONMENT_KEY")
  String environmentKey;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "The destination kind (kinesis, google-pubsub, mparticle, segment, ...).")
  String kind;

  @Option(names = "--name", paramLabel = "NAME", description = "The destination's name.")
  String name;

  @ArgGroup(exclusive = true)
  OnOff onOff;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The config as a raw JSON object, for any kind (- reads standard input).")
  String configFile;

  @Option(names = "--region", paramLabel = "REGION", description = "kinesis: the AWS region.")
  String region;

  @Option(names = "--role-arn", paramLabel = "ARN", description = "kinesis: the IAM role.")
  String roleArn;

  @Option(names = "--stream-name", paramLabel = "NAME", description = "kinesis: the stream.")
  String streamName;

  @Option(
      names = "--gcp-project",
      paramLabel = "PROJECT",
      description = "google-pubsub: the GCP project.")
  String gcpProject;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "google-pubsub: the topic.")
  String topic;

  @Option(
      names = "--mparticle-api-key-file",
      paramLabel = "FILE",
      description = "mparticle: a file holding the API key.")
  Path mparticleApiKeyFile;

  @Option(
      names = "--mparticle-secret-file",
      paramLabel = "FILE",
      description = "mparticle: a file holding the API secret.")
  Path mparticleSecretFile;

  @Option(
      names = "--user-identity",
      paramLabel = "NAME",
      description = "mparticle: the user identity.")
  String userIdentity;

  @Option(
      names = "--anonymous-user-identity",
      paramLabel = "NAME",
      description = "mparticle: the anonymous user identity.")
  String anonymousUserIdentity;

  @Option(
      names = "--mparticle-environment",
      paramLabel = "ENV",
      description = "mparticle: the environment.")
  String mparticleEnvironment;

  @Option(
      names = "--write-key-file",
      paramLabel = "FILE",
      description = "segment: a file holding the write key.")
  Path writeKeyFile;

  @Option(
      names = "--user-id-context-kind",
      paramLabel = "KIND",
      description = "segment: the context kind sent as the user id.")
  String userIdContextKind;

  @Option(
      names = "--anonymous-id-context-kind",
      paramLabel = "KIND",
      description = "segment: the context kind sent as the anonymous id.")
  String anonymousIdContextKind;

  @Option(
      names = "--namespace",
      paramLabel = "NAMESPACE",
      description = "azure-event-hubs: the namespace.")
  String namespace;

  @Option(
      names = "--hub-name",
      paramLabel = "NAME",
      description = "azure-event-hubs: the event hub.")
  String hubName;

  @Option(
      names = "--policy-name",
      paramLabel = "NAME",
      description = "azure-event-hubs: the shared access policy.")
  String policyName;

  @Option(
      names = "--policy-key-file",
      paramLabel = "FILE",
      description = "azure-event-hubs: a file holding the policy key.")
  Path policyKeyFile;

  @Option(
      names = "--public-key-file",
      paramLabel = "FILE",
      description = "snowflake-v2: a file holding the public key.")
  Path publicKeyFile;

  @Option(
      names = "--snowflake-host-address",
      paramLabel = "HOST",
      description = "snowflake-v2: the account's host address.")
  String snowflakeHostAddress;

  /** {@code --on} or {@code --off}, not both; LaunchDarkly's default applies without either. */
  static final class OnOff {
    @Option(names = "--on", required = true, description = "Start the export on.")
    boolean on;

    @Option(names = "--off", required = true, description = "Start the export off.")
    boolean off;
  }

  @Override
  void check() {
    Map<String, String> given = typedOptions();
    if (configFile != null && !given.isEmpty()) {
      throw new CliInputException(
          "--config sends the whole config: leave out " + String.join(", ", given.keySet()));
    }
    List<String> foreign = new ArrayList<>();
    given.forEach(
        (option, optionKind) -> {
          if (!optionKind.equals(kind)) {
            foreign.add(option + " (" + optionKind + ")");
          }
        });
    if (!foreign.isEmpty()) {
      throw new CliInputException(
          "--kind " + kind + " does not take " + String.join(", ", foreign));
    }
    if (configFile == null && !isTyped(kind)) {
      throw new CliInputException(
          "--kind " + kind + " has no typed options: give its config with --config FILE");
    }
  }

  @Override
  void run(LaunchDarklyClient client, CliRuntime runtime) {
    NewDestination.Builder destination = NewDestination.builder();
    if (name != null) {
      destination.name(name);
    }
    if (onOff != null) {
      destination.on(onOff.on);
    }
    if (configFile != null) {
      JsonNode config = InputFiles.json(configFile, "--config");
      destination.rawConfig(DestinationKind.of(kind), config);
    } else {
      typedConfig(destination);
    }
    Destination created =
        client
            .destinations()
            .create(EnvironmentKey.of(projectKey, environmentKey), destination.build());
    Printer.print(
        runtime, output, created, () -> LaunchDarklyCommand.destinations(List.of(created)));
  }

  private static boolean isTyped(String kind) {
    return List.of(
            "kinesis", "google-pubsub", "mparticle", "segment", "azure-event-hubs", "snowflake-v2")
        .contains(kind);
  }

  /** The typed options given, each with the kind it belongs to. */
  private Map<String, String> typedOptions() {
    Map<String, String> given = new LinkedHashMap<>();
    put(given, "--region", region, "kinesis");
    put(given, "--role-arn", roleArn, "kinesis");
    put(given, "--stream-name", streamName, "kinesis");
    put(given, "--gcp-project", gcpProject, "google-pubsub");
    put(given, "--topic", topic, "google-pubsub");
    put(given, "--mparticle-api-key-file", mparticleApiKeyFile, "mparticle");
    put(given, "--mparticle-secret-file", mparticleSecretFile, "mparticle");
    put(given, "--user-identity", userIdentity, "mparticle");
    put(given, "--anonymous-user-identity", anonymousUserIdentity, "mparticle");
    put(given, "--mparticle-environment", mparticleEnvironment, "mparticle");
    put(given, "--write-key-file", writeKeyFile, "segment");
    put(given, "--user-id-context-kind", userIdContextKind, "segment");
    put(given, "--anonymous-id-context-kind", anonymousIdContextKind, "segment");
    put(given, "--namespace", namespace, "azure-event-hubs");
    put(given, "--hub-name", hubName, "azure-event-hubs");
    put(given, "--policy-name", policyName, "azure-event-hubs");
    put(given, "--policy-key-file", policyKeyFile, "azure-event-hubs");
    put(given, "--public-key-file", publicKeyFile, "snowflake-v2");
    put(given, "--snowflake-host-address", snowflakeHostAddress, "snowflake-v2");
    return given;
  }

  private static void put(Map<String, String> given, String option, Object value, String kind) {
    if (value != null) {
      given.put(option, kind);
    }
  }

  /** Builds the kind's typed config; its builder names a missing required member. */
  private void typedConfig(NewDestination.Builder destination) {
    switch (kind) {
      case "kinesis" -> {
        KinesisConfig.Builder config = KinesisConfig.builder();
        if (region != null) {
          config.region(region);
        }
        if (roleArn != null) {
          config.roleArn(roleArn);
        }
        if (streamName != null) {
          config.streamName(streamName);
        }
        destination.config(config.build());
      }
      case "google-pubsub" -> {
        GooglePubSubConfig.Builder config = GooglePubSubConfig.builder();
        if (gcpProject != null) {
          config.project(gcpProject);
        }
        if (topic != null) {
          config.topic(topic);
        }
        destination.config(config.build());
      }
      case "mparticle" -> {
        MParticleConfig.Builder config = MParticleConfig.builder();
        if (mparticleApiKeyFile != null) {
          config.apiKey(InputFiles.secretLine(mparticleApiKeyFile, "--mparticle-api-key-file"));
        }
        if (mparticleSecretFile != null) {
          config.secret(InputFiles.secretLine(mparticleSecretFile, "--mparticle-secret-file"));
        }
        if (userIdentity != null) {
          config.userIdentity(userIdentity);
        }
        if (anonymousUserIdentity != null) {
          config.anonymousUserIdentity(anonymousUserIdentity);
        }
        if (mparticleEnvironment != null) {
          config.environment(mparticleEnvironment);
        }
        destination.config(config.build());
      }
      case "segment" -> {
        SegmentConfig.Builder config = SegmentConfig.builder();
        if (writeKeyFile != null) {
          config.writeKey(InputFiles.secretLine(writeKeyFile, "--write-key-file"));
        }
        if (userIdContextKind != null) {
          config.userIdContextKind(userIdContextKind);
        }
        if (anonymousIdContextKind != null) {
          config.anonymousIdContextKind(anonymousIdContextKind);
        }
        destination.config(config.build());
      }
      case "azure-event-hubs" -> {
        AzureEventHubsConfig.Builder config = AzureEventHubsConfig.builder();
        if (namespace != null) {
          config.namespace(namespace);
        }
        if (hubName != null) {
          config.name(hubName);
        }
        if (policyName != null) {
          config.policyName(policyName);
        }
        if (policyKeyFile != null) {
          config.policyKey(InputFiles.secretLine(policyKeyFile, "--policy-key-file"));
        }
        destination.config(config.build());
      }
      default -> {
        SnowflakeV2Config.Builder config = SnowflakeV2Config.builder();
        if (publicKeyFile != null) {
          config.publicKey(InputFiles.read(publicKeyFile.toString(), "--public-key-file").strip());
        }
        if (snowflakeHostAddress != null) {
          config.snowflakeHostAddress(snowflakeHostAddress);
        }
        destination.config(config.build());
      }
    }
  }
}
