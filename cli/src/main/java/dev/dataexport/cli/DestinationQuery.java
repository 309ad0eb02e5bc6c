package dev.dataexport.cli;

import dev.dataexport.launchdarkly.DestinationFilter;
import dev.dataexport.launchdarkly.DestinationKind;
import picocli.CommandLine.Option;

/**
 * The LaunchDarkly listing filters {@code --project}, {@code --environment} and {@code --kind},
 * shared by {@code list} and the fleet commands; LaunchDarkly lists the whole account in one
 * answer, so they narrow it on the client.
 */
final class DestinationQuery {
  @Option(names = "--project", paramLabel = "PROJECT_KEY", description = "Only this project.")
  String project;

  @Option(
      names = "--environment",
      paramLabel = "ENVIRONMENT_KEY",
      description = "Only this environment.")
  String environment;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "Only this kind (kinesis, segment, or any kind LaunchDarkly names).")
  String kind;

  /** The filter the options describe. */
  DestinationFilter filter() {
    DestinationFilter filter = DestinationFilter.all();
    if (project != null) {
      filter = filter.project(project);
    }
    if (environment != null) {
      filter = filter.environment(environment);
    }
    if (kind != null) {
      filter = filter.kind(DestinationKind.of(kind));
    }
    return filter;
  }
}
