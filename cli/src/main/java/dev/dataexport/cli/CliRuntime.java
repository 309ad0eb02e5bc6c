package dev.dataexport.cli;

import dev.dataexport.core.ClientBuilder;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a run of the tool reads and writes: the environment variables, the two output streams, a
 * hook applied to every client builder (tests point it at the fakes' clock and sleeper), whether
 * standard error is a terminal, and how Ctrl-C reaches a running fleet. Tests build their own.
 */
final class CliRuntime {
  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Consumer<ClientBuilder<?>> tuning;
  private final boolean terminal;
  private final Interrupts interrupts;
  private final Deque<AutoCloseable> closeAtEnd = new ArrayDeque<>();

  CliRuntime(
      Map<String, String> env,
      PrintWriter out,
      PrintWriter err,
      Consumer<ClientBuilder<?>> tuning) {
    this(env, out, err, tuning, false, Interrupts.none());
  }

  CliRuntime(
      Map<String, String> env,
      PrintWriter out,
      PrintWriter err,
      Consumer<ClientBuilder<?>> tuning,
      boolean terminal,
      Interrupts interrupts) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
    this.tuning = tuning;
    this.terminal = terminal;
    this.interrupts = interrupts;
  }

  /** The environment variables credentials and base URLs are read from. */
  Map<String, String> env() {
    return env;
  }

  /** Standard output: the result and nothing else. */
  PrintWriter out() {
    return out;
  }

  /** Standard error: errors and progress. */
  PrintWriter err() {
    return err;
  }

  /** Whether standard error is a terminal: a redrawn progress bar there, plain lines otherwise. */
  boolean terminal() {
    return terminal;
  }

  /** Where a fleet command registers the cancel that Ctrl-C runs. */
  Interrupts interrupts() {
    return interrupts;
  }

  /** Applies the run's client settings to a vendor client builder, returning it. */
  <B extends ClientBuilder<B>> B tune(B builder) {
    tuning.accept(builder);
    return builder;
  }

  /** Closes {@code resource} when the run ends (the fakes of {@code --fake}); returns it. */
  <T extends AutoCloseable> T closeAtEnd(T resource) {
    closeAtEnd.push(resource);
    return resource;
  }

  /** Closes what {@link #closeAtEnd} collected, newest first. */
  void closeAll() {
    while (!closeAtEnd.isEmpty()) {
      try {
        closeAtEnd.pop().close();
      } catch (Exception e) {
        // A fake that fails to stop must not change the run's exit code or output.
      }
    }
  }
}
