package dev.dataexport.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints picocli's message and a hint naming the command's help, never the whole usage: the message
 * stays visible above the prompt. Exits {@link ExitCodes#USAGE}.
 */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine line = ex.getCommandLine();
    PrintWriter err = line.getErr();
    String message = ex.getMessage();
    // Some of picocli's messages (argument groups) start with their own "Error: ".
    err.println("error: " + (message.startsWith("Error: ") ? message.substring(7) : message));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("hint: run '" + line.getCommandSpec().qualifiedName() + " --help' for the options");
    err.flush();
    return ExitCodes.USAGE;
  }
}
