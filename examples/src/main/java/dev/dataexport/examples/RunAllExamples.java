package dev.dataexport.examples;

/**
 * Runs every example program in turn, each against its in-process fake unless the vendor's API key
 * variable is set; the README's first command. Each example also runs on its own with {@code
 * -Dexample=<class>}.
 */
public final class RunAllExamples {
  private RunAllExamples() {}

  /**
   * Runs all examples; arguments are not passed on (each example reads its ids from its own
   * variables).
   */
  public static void main(String[] args) throws Exception {
    section("Stigg: update a destination's selection");
    StiggExample.main(new String[0]);
    section("Stigg: a destination's lifecycle (models, create, select, sync, token, delete)");
    StiggLifecycleExample.main(new String[0]);
    section(
        "LaunchDarkly: turn a destination off and change a config field (safe read-modify-write)");
    LaunchDarklyExample.main(new String[0]);
    section("LaunchDarkly: create, list and find, update safely, delete a destination");
    LaunchDarklyLifecycleExample.main(new String[0]);
    section("LaunchDarkly: pause every Segment destination of an environment (fleet, resumed)");
    LaunchDarklyFleetExample.main(new String[0]);
    section("Prequel: change a destination's schedule and credentials");
    PrequelExample.main(new String[0]);
    section("Prequel: a destination's lifecycle (create, test, list, transfer, delete)");
    PrequelLifecycleExample.main(new String[0]);
    section("Prequel: rotate a password in one region (fleet over the paged list, resumed)");
    PrequelFleetExample.main(new String[0]);
    section("Error handling: validation, 404, rate limit absorbed by retries");
    ErrorHandlingExample.main(new String[0]);
  }

  private static void section(String title) {
    System.out.println();
    System.out.println("== " + title);
  }
}
