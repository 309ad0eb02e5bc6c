package dev.dataexport.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the tool's version from the jar manifest ({@code Implementation-Version}). */
public final class CliVersion implements IVersionProvider {
  /** For picocli. */
  public CliVersion() {}

  /** The version line: {@code dataexport 0.1.0}, or {@code development build} outside a jar. */
  @Override
  public String[] getVersion() {
    String version = DataExportCli.class.getPackage().getImplementationVersion();
    return new String[] {"dataexport " + (version == null ? "development build" : version)};
  }
}
