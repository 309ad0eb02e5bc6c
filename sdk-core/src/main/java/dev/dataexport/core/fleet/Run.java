package dev.dataexport.core.fleet;

import dev.dataexport.core.fleet.ItemOutcome.Status;
import dev.dataexport.core.spi.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One run of a fleet operation: the calling thread takes items from the input one at a time and
 * hands each to a pool of worker threads (as many as the concurrency, ended with the run); at most
 * that many items are in flight, so the input is never read ahead. Outcomes are counted and passed
 * on, under one lock, and then forgotten. Used once.
 *
 * @param <E> what the input yields (an item, or a plan's entry)
 * @param <I> the item type of the outcomes
 */
final class Run<E, I> {
  /** What a run does with one input element. */
  interface Work<E, I> {
    /** The element's item. */
    I item(E entry);

    /** The element's key for the journal; may throw. */
    String key(E entry);

    /** Handles the element, making its calls through {@code calls}. */
    ItemOutcome<I> handle(E entry, String key, long index, Calls calls);
  }

  private final FleetOperation<?, ?> settings;
  private final Work<E, I> work;
  private final boolean writesJournal;
  private final Consumer<? super ItemOutcome<I>> sink;
  private final Pacer pacer;

  private final long[] counts = new long[Status.values().length];
  private final List<ItemOutcome<?>> failures = new ArrayList<>();
  private long requests;
  private OptionalLong total = OptionalLong.empty();
  private long startMillis;
  private long lastProgressMillis;
  private FleetResult.Stop stop;
  private RuntimeException stopCause;
  private Error fatal;

  Run(
      FleetOperation<?, ?> settings,
      Work<E, I> work,
      boolean writesJournal,
      Consumer<? super ItemOutcome<I>> sink) {
    this.settings = settings;
    this.work = work;
    this.writesJournal = writesJournal;
    this.sink = sink;
    this.pacer =
        new Pacer(settings.concurrency, settings.clock, settings.sleeper, settings.maxPause);
  }

  /** Stops new work; calls in flight finish. */
  void cancel() {
    stop(FleetResult.Stop.CANCELLED, null);
  }

  /** The shared limit, for tests. */
  Pacer pacer() {
    return pacer;
  }

  /** Runs every element of {@code input} and returns the summary. */
  FleetResult run(Iterator<? extends E> input, OptionalLong total) {
    this.total = total;
    startMillis = settings.clock.millis();
    lastProgressMillis = startMillis;
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            settings.concurrency,
            task -> {
              Thread thread = new Thread(task, "dataexport-fleet-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    Semaphore slots = new Semaphore(settings.concurrency);
    long taken = 0;
    boolean haveSlot = false;
    try {
      while (!stopped()) {
        // A free worker first, then the next item: a lazy paged list fetches no page early.
        if (!haveSlot) {
          slots.acquire();
          haveSlot = true;
          if (stopped()) {
            break;
          }
        }
        E entry;
        try {
          if (!input.hasNext()) {
            break;
          }
          entry = input.next();
        } catch (RuntimeException e) {
          stop(FleetResult.Stop.ERROR, e);
          break;
        }
        long index = taken++;
        I item = work.item(entry);
        String key;
        try {
          key = Checks.notNull("key", work.key(entry));
        } catch (RuntimeException e) {
          record(new ItemOutcome<>(null, item, Status.FAILED, null, e, 0, index, null), false);
          continue;
        }
        boolean done;
        try {
          done = settings.journal.isDone(key);
        } catch (RuntimeException e) {
          stop(FleetResult.Stop.ERROR, e);
          record(
              new ItemOutcome<>(key, item, Status.NOT_ATTEMPTED, null, null, 0, index, null),
              false);
          break;
        }
        if (done) {
          record(new ItemOutcome<>(key, item, Status.SKIPPED, null, null, 0, index, null), false);
          continue; // the worker stays free for the next item
        }
        haveSlot = false;
        pool.execute(() -> handle(entry, key, index, slots));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
    } finally {
      if (haveSlot) {
        slots.release();
      }
      pool.shutdown();
      awaitQuietly(pool);
    }
    return finish(total, taken);
  }

  private void handle(E entry, String key, long index, Semaphore slots) {
    try {
      Calls calls =
          new Calls(pacer, settings.quota, settings.rateLimitWait, settings.rateLimitResends);
      ItemOutcome<I> outcome;
      try {
        outcome = work.handle(entry, key, index, calls);
      } catch (Calls.Stopped stopped) {
        outcome =
            new ItemOutcome<>(
                key,
                work.item(entry),
                Status.NOT_ATTEMPTED,
                null,
                null,
                calls.requests(),
                index,
                null);
      } catch (RuntimeException e) {
        outcome =
            new ItemOutcome<>(
                key, work.item(entry), Status.FAILED, null, e, calls.requests(), index, null);
      }
      record(outcome, writesJournal);
    } catch (Error e) {
      synchronized (this) {
        if (fatal == null) {
          fatal = e;
        }
      }
      stop(FleetResult.Stop.ERROR, null);
    } finally {
      slots.release();
    }
  }

  /** Journals, counts and passes on one outcome, and reports progress when it is due. */
  private void record(ItemOutcome<I> outcome, boolean journal) {
    Status status = outcome.status();
    if (journal && (status == Status.CHANGED || status == Status.UNCHANGED)) {
      try {
        settings.journal.finished(outcome.key(), status);
      } catch (RuntimeException e) {
        stop(FleetResult.Stop.ERROR, e);
      }
    }
    synchronized (this) {
      counts[status.ordinal()]++;
      requests += outcome.requests();
      if (status == Status.FAILED) {
        if (failures.size() < FleetResult.FAILURES_KEPT) {
          failures.add(outcome);
        }
        if (settings.failurePolicy.stopsAt(counts[Status.FAILED.ordinal()])) {
          stop(FleetResult.Stop.FAILURE_LIMIT, null);
        }
      }
      try {
        sink.accept(outcome);
        long now = settings.clock.millis();
        if (now - lastProgressMillis >= settings.progressInterval.toMillis()) {
          lastProgressMillis = now;
          settings.progress.onProgress(progress());
        }
      } catch (RuntimeException e) {
        stop(FleetResult.Stop.ERROR, e); // a listener that throws ends the run, as a journal would
      }
    }
  }

  private synchronized FleetResult finish(OptionalLong total, long taken) {
    if (stop != null && total.isPresent() && total.getAsLong() > taken) {
      counts[Status.NOT_ATTEMPTED.ordinal()] += total.getAsLong() - taken;
    }
    Duration elapsed = Duration.ofMillis(settings.clock.millis() - startMillis);
    try {
      settings.progress.onProgress(progress());
    } catch (RuntimeException e) {
      stop(FleetResult.Stop.ERROR, e);
    }
    if (fatal != null) {
      throw fatal;
    }
    return new FleetResult(
        counts.clone(),
        requests,
        elapsed,
        stop == null ? FleetResult.Stop.COMPLETED : stop,
        stopCause,
        failures);
  }

  private FleetProgress progress() {
    OptionalLong all = total;
    long done = 0;
    for (long count : counts) {
      done += count;
    }
    done -= counts[Status.NOT_ATTEMPTED.ordinal()]; // a stopped run did not do those
    long elapsedMillis = settings.clock.millis() - startMillis;
    long worked = done - counts[Status.SKIPPED.ordinal()];
    double rate = elapsedMillis <= 0 ? 0 : worked * 1000.0 / elapsedMillis;
    Optional<Duration> left =
        all.isPresent() && rate > 0
            ? Optional.of(
                Duration.ofSeconds((long) Math.ceil(Math.max(0, all.getAsLong() - done) / rate)))
            : Optional.empty();
    return new FleetProgress(
        done, all, Duration.ofMillis(elapsedMillis), rate, left, pacer.concurrency());
  }

  private synchronized boolean stopped() {
    return stop != null;
  }

  private synchronized void stop(FleetResult.Stop reason, RuntimeException cause) {
    if (stop == null) {
      stop = reason;
      stopCause = cause;
    }
    pacer.stop();
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true; // in-flight calls finish, as documented; the flag is restored below
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
