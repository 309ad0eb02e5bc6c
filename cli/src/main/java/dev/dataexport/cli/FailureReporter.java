package dev.dataexport.cli;

import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.InvalidResponseException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command threw into one message on standard error and its exit code: the SDK's typed
 * error with status, vendor code and request id; its own words for bad input; never a stack trace.
 * The SDK's messages are already scrubbed of credentials and body secrets.
 */
final class FailureReporter implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine line, ParseResult parsed) {
    PrintWriter err = line.getErr();
    int code = exitCode(ex);
    if (ex instanceof ApiException api) {
      err.println("error: the API refused the call: " + api.getMessage());
      err.println("  status: " + api.status() + " (" + statusName(api) + ")");
      api.errorCode().ifPresent(c -> err.println("  vendor code: " + c));
      api.requestId().ifPresent(id -> err.println("  request id: " + id));
    } else if (code == ExitCodes.USAGE) {
      err.println("error: " + ex.getMessage());
      err.println(
          "hint: nothing was sent; run '"
              + line.getCommandSpec().qualifiedName()
              + " --help' for the options");
    } else if (code == ExitCodes.INTERRUPTED) {
      err.println("error: interrupted");
    } else if (code == ExitCodes.CONNECTION) {
      err.println("error: " + ex.getMessage());
    } else {
      err.println("error: unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
    }
    err.flush();
    return code;
  }

  /** The exit code of a failure, by the table in {@link ExitCodes}. */
  static int exitCode(Throwable ex) {
    if (ex instanceof ApiException) {
      return ExitCodes.API_ERROR;
    }
    if (ex instanceof ApiConnectionException && ex.getCause() instanceof InterruptedException) {
      return ExitCodes.INTERRUPTED;
    }
    if (ex instanceof ApiConnectionException || ex instanceof InvalidResponseException) {
      return ExitCodes.CONNECTION;
    }
    if (ex instanceof CliInputException
        || ex instanceof IllegalArgumentException
        || ex instanceof IllegalStateException
        || ex instanceof NullPointerException) {
      // The SDK's checks run before any I/O, so these mean the input was wrong and nothing was
      // sent.
      return ExitCodes.USAGE;
    }
    if (ex instanceof InterruptedException) {
      return ExitCodes.INTERRUPTED;
    }
    return ExitCodes.API_ERROR;
  }

  private static String statusName(ApiException api) {
    Class<?> type = api.getClass();
    return type == ApiException.class ? "ApiException" : "ApiException." + type.getSimpleName();
  }
}
