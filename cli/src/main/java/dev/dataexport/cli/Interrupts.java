package dev.dataexport.cli;

/**
 * How Ctrl-C reaches a running fleet: {@link #onInterrupt} registers the cancel to run, and the
 * returned handle, closed when the fleet's run has ended and its journal is closed, unregisters it.
 * The process's implementation is {@link ProcessInterrupts}, a JVM shutdown hook; tests trigger the
 * cancel themselves.
 */
interface Interrupts {
  /** Registers {@code cancel} until the returned handle is closed. */
  Registration onInterrupt(Runnable cancel);

  /** A registration; closing it says the run has ended cleanly. */
  interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  /** No Ctrl-C handling (tests that do not interrupt). */
  static Interrupts none() {
    return cancel -> () -> {};
  }
}
