package dev.dataexport.cli;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Ctrl-C for tests: {@link #press()} runs the cancel a fleet registered, as the hook would. */
final class TestInterrupts implements Interrupts {
  private final AtomicReference<Runnable> cancel = new AtomicReference<>();
  private final AtomicInteger registered = new AtomicInteger();

  @Override
  public Registration onInterrupt(Runnable onCancel) {
    cancel.set(onCancel);
    registered.incrementAndGet();
    return () -> {
      cancel.set(null);
      registered.decrementAndGet();
    };
  }

  /** Presses Ctrl-C: cancels the running fleet, if any. */
  void press() {
    Runnable running = cancel.get();
    if (running != null) {
      running.run();
    }
  }

  /** Registrations not closed yet (0 once every fleet ended). */
  int open() {
    return registered.get();
  }
}
