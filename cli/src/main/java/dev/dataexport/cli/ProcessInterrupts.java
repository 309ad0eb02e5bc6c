package dev.dataexport.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The process's {@link Interrupts}: one JVM shutdown hook, installed when the tool starts. On
 * Ctrl-C (SIGINT) or SIGTERM before the run ended, it cancels the running fleet, if any, waits
 * until its calls in flight finished and its journal closed (at most {@link #DRAIN_SECONDS}), and
 * halts with {@link ExitCodes#INTERRUPTED}: {@code System.exit} cannot run while hooks do. After a
 * normal end ({@link #runEnded()}) it does nothing, so the run's own exit code stands.
 */
final class ProcessInterrupts implements Interrupts {
  /** How long the hook waits for a cancelled fleet to finish its calls in flight. */
  static final long DRAIN_SECONDS = 60;

  private final AtomicBoolean ended = new AtomicBoolean();
  private final AtomicReference<Fleet> running = new AtomicReference<>();

  /** A registered fleet: its cancel, and the latch its registration releases. */
  private record Fleet(Runnable cancel, CountDownLatch done) {}

  private ProcessInterrupts() {}

  /** Installs the hook; {@code err} gets one line and {@code flush} runs before the halt. */
  static ProcessInterrupts install(PrintWriter err, Runnable flush) {
    ProcessInterrupts interrupts = new ProcessInterrupts();
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> interrupts.interrupted(err, flush), "dataexport-stop"));
    return interrupts;
  }

  @Override
  public Registration onInterrupt(Runnable cancel) {
    Fleet fleet = new Fleet(cancel, new CountDownLatch(1));
    running.set(fleet);
    return () -> {
      running.compareAndSet(fleet, null);
      fleet.done().countDown();
    };
  }

  /** Says the run ended normally: the exit that follows is not an interrupt. */
  void runEnded() {
    ended.set(true);
  }

  private void interrupted(PrintWriter err, Runnable flush) {
    if (ended.get()) {
      return;
    }
    Fleet fleet = running.get();
    if (fleet == null) {
      err.println("interrupted");
    } else {
      err.println("interrupted: finishing the calls in flight, then stopping");
      err.flush();
      fleet.cancel().run();
      try {
        fleet.done().await(DRAIN_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    flush.run();
    Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
  }
}
