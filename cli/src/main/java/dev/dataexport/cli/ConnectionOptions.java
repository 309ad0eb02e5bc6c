package dev.dataexport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Where a command connects and with what credential: the vendor's environment variables, or a file
 * named by {@code --api-key-file} / {@code --token-file}. A credential given as an argument value
 * is refused, without echoing it, because it would land in shell history and process lists.
 */
final class ConnectionOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "The API's base URL; default: the vendor's *_BASE_URL variable, else its own.")
  private String baseUrl;

  @Option(
      names = {"--api-key-file", "--token-file"},
      paramLabel = "FILE",
      description = "Read the credential from FILE (its first line) instead of the environment.")
  private Path credentialFile;

  @Option(
      names = "--fake",
      description =
          "Run against an in-process fake seeded with sample destinations: nothing leaves this"
              + " machine and no credential is needed.")
  private boolean fake;

  @Option(
      names = {"--api-key", "--token", "--access-token", "--key"},
      arity = "0..1",
      hidden = true,
      description = "Refused: credentials are never taken as argument values.")
  private void refuseCredentialArgument(String ignored) {
    throw new ParameterException(
        mixee.commandLine(),
        "a credential is never taken as an argument value (it would land in shell history and"
            + " process lists); set the vendor's environment variable or use --api-key-file FILE");
  }

  /** Whether {@code --fake} was given. */
  boolean fake() {
    return fake;
  }

  /**
   * The variables the SDK's {@code fromEnv} reads: the run's environment, with the credential file
   * and {@code --base-url} in the vendor's variable names.
   */
  Map<String, String> vendorEnv(CliRuntime runtime, String credentialEnv, String baseUrlEnv) {
    Map<String, String> env = new HashMap<>(runtime.env());
    if (credentialFile != null) {
      env.put(credentialEnv, readCredential(credentialFile));
    }
    if (baseUrl != null) {
      env.put(baseUrlEnv, baseUrl);
    }
    if (!env.containsKey(credentialEnv) || env.get(credentialEnv).isBlank()) {
      throw new CliInputException(credentialEnv + " is not set; set it or use --api-key-file FILE");
    }
    return env;
  }

  private static String readCredential(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String firstLine = text.lines().findFirst().orElse("").strip();
      if (firstLine.isEmpty()) {
        throw new CliInputException("the credential file " + file + " is empty");
      }
      return firstLine;
    } catch (IOException e) {
      // The exception names the file, never its content.
      throw new CliInputException("cannot read the credential file " + file + ": " + e, e);
    }
  }
}
