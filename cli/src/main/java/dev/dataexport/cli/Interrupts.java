package dev.dataexport.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How Ctrl-C reaches a running fleet: {@link #onInterrupt} registers the cancel to run, and the
 * returned handle, closed when the fleet's run has ended and its journal is closed, unregisters it.
 * The process's implementation is a JVM shutdown hook; tests trigger the cancel themselves.
 */
interface Interrupts {
  /** How long the shutdown hook waits for a cancelled fleet to finish its calls in flight. */
  long DRAIN_SECONDS = 60;

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

  /**
   * A JVM shutdown hook: on Ctrl-C it cancels the fleet, waits until the run has ended (calls in
   * flight finish and are journaled), and halts with {@link ExitCodes#INTERRUPTED}, since {@code
   * System.exit} cannot run while shutdown hooks do.
   */
  static Interrupts shutdownHook(Runnable flush) {
    return cancel -> {
      CountDownLatch ended = new CountDownLatch(1);
      Thread hook =
          new Thread(
              () -> {
                cancel.run();
                try {
                  ended.await(DRAIN_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                flush.run();
                Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
              },
              "dataexport-interrupt");
      Runtime.getRuntime().addShutdownHook(hook);
      return () -> {
        ended.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running: it now sees the run ended and halts with the interrupted code.
        }
      };
    };
  }
}
