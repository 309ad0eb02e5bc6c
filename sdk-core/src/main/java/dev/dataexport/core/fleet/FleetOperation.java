package dev.dataexport.core.fleet;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.fleet.ItemOutcome.Status;
import dev.dataexport.core.spi.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One change applied to many destinations: {@link #plan()} reads what the change needs and tells,
 * per item, the exact request it would send (secrets masked) or "unchanged", writing nothing;
 * {@link #apply()} does it, or {@link #apply(FleetPlan)} sends a reviewed plan's writes. Items come
 * from any {@code Iterable}, {@code Iterator} or {@code Stream} (a vendor's lazy paged list plugs
 * in) and are taken one at a time, never loaded whole; a run keeps nothing per item but counts.
 * Calls run on {@link #DEFAULT_CONCURRENCY} worker threads (see {@link Builder#concurrency}) under
 * one shared limit that halves and pauses every worker when the vendor signals a rate limit and
 * climbs back as calls succeed. Each call keeps the retry rules of its single call; the operation
 * only paces, and sends again only a call refused with 429. Build it with {@link #over}.
 * Thread-safe; one run at a time.
 *
 * @param <I> the item type (an id, a key, a listed destination)
 * @param <S> the state the change decides on: what {@link Builder#read} returns, else the item
 */
public final class FleetOperation<I, S> {
  /** Calls in flight at once unless {@link Builder#concurrency} says otherwise. */
  public static final int DEFAULT_CONCURRENCY = 4;

  /** The pause after a 429 that names no wait. */
  public static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(1);

  /** The longest shared pause, whatever the vendor asks (the core's {@code maxRetryWait}). */
  public static final Duration DEFAULT_MAX_PAUSE = Duration.ofSeconds(60);

  /** How often a call refused with 429 after its own retries is sent again. */
  public static final int DEFAULT_RATE_LIMIT_RESENDS = 3;

  /** The shortest time between two progress reports. */
  public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofSeconds(1);

  private final Supplier<Iterator<? extends I>> input;
  private final boolean oneShot;
  private final AtomicBoolean consumed = new AtomicBoolean();
  private final Function<? super I, ? extends S> read;
  private final FleetChange<? super I, ? super S> change;
  private final Function<? super I, String> key;
  private final Consumer<? super ItemOutcome<I>> onOutcome;
  private final AtomicReference<Run<?, ?>> running = new AtomicReference<>();
  final OptionalLong total;
  final int concurrency;
  final FailurePolicy failurePolicy;
  final FleetJournal journal;
  final FleetProgress.Listener progress;
  final Duration progressInterval;
  final QuotaReader quota;
  final Duration rateLimitWait;
  final Duration maxPause;
  final int rateLimitResends;
  final Clock clock;
  final Sleeper sleeper;

  private FleetOperation(Builder<I, S> builder) {
    this.input = builder.input;
    this.oneShot = builder.oneShot;
    this.read = builder.read;
    this.change = Checks.required("change", builder.change);
    this.key = builder.key;
    this.onOutcome = builder.onOutcome;
    this.total = builder.total;
    this.concurrency = builder.concurrency;
    this.failurePolicy = builder.failurePolicy;
    this.journal = builder.journal;
    this.progress = builder.progress;
    this.progressInterval = builder.progressInterval;
    this.quota = builder.quota;
    this.rateLimitWait = builder.rateLimitWait;
    this.maxPause = builder.maxPause;
    this.rateLimitResends = builder.rateLimitResends;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
  }

  /**
   * An operation over {@code items}, iterated afresh by each run; a collection's size is the total.
   */
  public static <I> Builder<I, I> over(Iterable<? extends I> items) {
    Checks.notNull("items", items);
    OptionalLong total =
        items instanceof Collection
            ? OptionalLong.of(((Collection<?>) items).size())
            : OptionalLong.empty();
    return new Builder<I, I>(items::iterator, false, total);
  }

  /**
   * An operation over what {@code list} returns, called afresh by each run when the run first asks
   * for an item (a vendor's list call): a failed list then ends that run like a failed later page
   * ({@code Stop.ERROR} with the typed exception) rather than throwing from {@code plan()} or
   * {@code apply()}.
   */
  public static <I> Builder<I, I> listed(Supplier<? extends Iterator<? extends I>> list) {
    Checks.notNull("list", list);
    return over(() -> new LazyIterator<I>(list));
  }

  /** The items of a list call made on the first {@code hasNext()} or {@code next()}. */
  private static final class LazyIterator<I> implements Iterator<I> {
    private final Supplier<? extends Iterator<? extends I>> list;
    private Iterator<? extends I> items;

    LazyIterator(Supplier<? extends Iterator<? extends I>> list) {
      this.list = list;
    }

    @Override
    public boolean hasNext() {
      return items().hasNext();
    }

    @Override
    public I next() {
      return items().next();
    }

    private Iterator<? extends I> items() {
      if (items == null) {
        items = list.get();
      }
      return items;
    }
  }

  /** An operation over {@code items}, which one run consumes (plan it, then apply the plan). */
  public static <I> Builder<I, I> over(Iterator<? extends I> items) {
    Checks.notNull("items", items);
    return new Builder<I, I>(() -> items, true, OptionalLong.empty());
  }

  /** An operation over {@code items}, which one run consumes; the stream is read lazily. */
  public static <I> Builder<I, I> over(Stream<? extends I> items) {
    Checks.notNull("items", items);
    Iterator<? extends I> iterator = items.iterator();
    return new Builder<I, I>(() -> iterator, true, OptionalLong.empty());
  }

  /**
   * Reads each item and decides its write, sending nothing, and returns the whole plan in input
   * order (for a large fleet use {@link #plan(Consumer)}). Reads are paced like any call.
   */
  public FleetPlan<I> plan() {
    List<ItemOutcome<I>> entries = new ArrayList<>();
    FleetResult summary = plan(entries::add);
    return new FleetPlan<>(entries, summary);
  }

  /**
   * Like {@link #plan()}, but hands each entry to {@code entries} as it is decided (from worker
   * threads, never two at once) and keeps none; the outcome listener is not called for a plan.
   */
  public FleetResult plan(Consumer<? super ItemOutcome<I>> entries) {
    Checks.notNull("entries", entries);
    return start(new Direct(false), false, entries, iterator());
  }

  /**
   * Reads each item, decides and sends its write, and returns the summary; blocks until every item
   * finished or the run stopped.
   *
   * @throws IllegalStateException when the input was an {@code Iterator} or {@code Stream} that an
   *     earlier run consumed
   */
  public FleetResult apply() {
    return start(new Direct(true), true, onOutcome, iterator());
  }

  /**
   * Sends exactly the writes of {@code plan} (no new read, so what was reviewed is what is sent);
   * its unchanged, skipped and failed entries are reported as they were planned, and items the
   * journal marks done since are skipped.
   */
  public FleetResult apply(FleetPlan<I> plan) {
    Checks.notNull("plan", plan);
    return start(
        new Planned(),
        true,
        onOutcome,
        plan.entries().iterator(),
        OptionalLong.of(plan.entries().size()));
  }

  /**
   * Stops the current run: no new item and no new call starts (items waiting for a slot or a shared
   * pause end {@code NOT_ATTEMPTED} within a second); calls already sent finish and their items are
   * reported as they end, so nothing is left half-known. Does nothing when no run is going on.
   */
  public void cancel() {
    Run<?, ?> run = running.get();
    if (run != null) {
      run.cancel();
    }
  }

  private Iterator<? extends I> iterator() {
    if (oneShot && consumed.getAndSet(true)) {
      throw new IllegalStateException(
          "items was an Iterator or Stream that an earlier run consumed; give an Iterable, or"
              + " apply the plan");
    }
    return input.get();
  }

  private <E> FleetResult start(
      Run.Work<E, I> work,
      boolean writes,
      Consumer<? super ItemOutcome<I>> sink,
      Iterator<? extends E> items) {
    return start(work, writes, sink, items, total);
  }

  private <E> FleetResult start(
      Run.Work<E, I> work,
      boolean writes,
      Consumer<? super ItemOutcome<I>> sink,
      Iterator<? extends E> items,
      OptionalLong count) {
    Run<E, I> run = new Run<>(this, work, writes, sink);
    if (!running.compareAndSet(null, run)) {
      throw new IllegalStateException("this fleet operation is already running; one run at a time");
    }
    try {
      return run.run(items, count);
    } finally {
      running.set(null);
    }
  }

  /** Reads, decides and (when {@code send}) writes each item. */
  private final class Direct implements Run.Work<I, I> {
    private final boolean send;

    Direct(boolean send) {
      this.send = send;
    }

    @Override
    public I item(I entry) {
      return entry;
    }

    @Override
    public String key(I entry) {
      return key.apply(entry);
    }

    @Override
    @SuppressWarnings("unchecked") // without a read, the state is the item (S is I)
    public ItemOutcome<I> handle(I item, String key, long index, Calls calls) {
      S current = read == null ? (S) item : calls.call(() -> read.apply(item));
      FleetWrite write = change.decide(item, current);
      if (write == null) {
        throw new NullPointerException(
            "the change must not return null; return FleetWrite.none() when nothing changes");
      }
      if (write.isNone()) {
        return new ItemOutcome<>(
            key, item, Status.UNCHANGED, null, null, calls.requests(), index, null);
      }
      PlannedRequest request = write.request().orElseThrow();
      if (!send) {
        return new ItemOutcome<>(
            key, item, Status.CHANGED, request, null, calls.requests(), index, write);
      }
      return sent(key, item, index, write, calls);
    }
  }

  /** Replays a plan's entries, sending its writes. */
  private final class Planned implements Run.Work<ItemOutcome<I>, I> {
    @Override
    public I item(ItemOutcome<I> entry) {
      return entry.item();
    }

    @Override
    public String key(ItemOutcome<I> entry) {
      return entry.key();
    }

    @Override
    public ItemOutcome<I> handle(ItemOutcome<I> entry, String key, long index, Calls calls) {
      if (entry.status() == Status.CHANGED) {
        return sent(key, entry.item(), index, entry.write(), calls);
      }
      return new ItemOutcome<>(
          key, entry.item(), entry.status(), null, entry.failure().orElse(null), 0, index, null);
    }
  }

  private ItemOutcome<I> sent(String key, I item, long index, FleetWrite write, Calls calls) {
    PlannedRequest request = write.request().orElseThrow();
    try {
      calls.call(write::send);
      return new ItemOutcome<>(
          key, item, Status.CHANGED, request, null, calls.requests(), index, null);
    } catch (Calls.Stopped stopped) {
      throw stopped;
    } catch (RuntimeException e) {
      return new ItemOutcome<>(key, item, Status.FAILED, request, e, calls.requests(), index, null);
    }
  }

  /**
   * Builds a {@link FleetOperation}; {@link #change} is required, everything else has a documented
   * default. Not thread-safe.
   *
   * @param <I> the item type
   * @param <S> the state the change decides on
   */
  public static final class Builder<I, S> {
    private final Supplier<Iterator<? extends I>> input;
    private final boolean oneShot;
    private Function<? super I, ? extends S> read;
    private FleetChange<? super I, ? super S> change;
    private Function<? super I, String> key = String::valueOf;
    private Consumer<? super ItemOutcome<I>> onOutcome = outcome -> {};
    private OptionalLong total;
    private int concurrency = DEFAULT_CONCURRENCY;
    private FailurePolicy failurePolicy = FailurePolicy.continueOnFailure();
    private FleetJournal journal = FleetJournal.none();
    private FleetProgress.Listener progress = snapshot -> {};
    private Duration progressInterval = DEFAULT_PROGRESS_INTERVAL;
    private QuotaReader quota = QuotaReader.none();
    private Duration rateLimitWait = DEFAULT_RATE_LIMIT_WAIT;
    private Duration maxPause = DEFAULT_MAX_PAUSE;
    private int rateLimitResends = DEFAULT_RATE_LIMIT_RESENDS;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder(Supplier<Iterator<? extends I>> input, boolean oneShot, OptionalLong total) {
      this.input = input;
      this.oneShot = oneShot;
      this.total = total;
    }

    @SuppressWarnings("unchecked") // the builder's other settings do not depend on S
    private <T> Builder<I, T> retype() {
      return (Builder<I, T>) this;
    }

    /**
     * Reads each item's current state before the change decides (a {@code get}); without it the
     * change gets the item itself. The read is paced like a write and counted in the requests.
     */
    public <T> Builder<I, T> read(Function<? super I, ? extends T> read) {
      Builder<I, T> typed = retype();
      typed.read = Checks.notNull("read", read);
      typed.change = null;
      return typed;
    }

    /** The change (required): the write per item, or {@link FleetWrite#none()}. */
    public Builder<I, S> change(FleetChange<? super I, ? super S> change) {
      this.change = Checks.notNull("change", change);
      return this;
    }

    /** The item's key in outcomes and the journal (default {@code String.valueOf(item)}). */
    public Builder<I, S> key(Function<? super I, String> key) {
      this.key = Checks.notNull("key", key);
      return this;
    }

    /** The number of items, for progress (known already when the items are a collection). */
    public Builder<I, S> total(long total) {
      if (total < 0) {
        throw new IllegalArgumentException("total must be >= 0, was " + total);
      }
      this.total = OptionalLong.of(total);
      return this;
    }

    /** The most calls in flight at once, 1 or more (default {@value #DEFAULT_CONCURRENCY}). */
    public Builder<I, S> concurrency(int concurrency) {
      this.concurrency = Checks.atLeast("concurrency", concurrency, 1);
      return this;
    }

    /** When failures stop the run (default {@link FailurePolicy#continueOnFailure()}). */
    public Builder<I, S> failurePolicy(FailurePolicy failurePolicy) {
      this.failurePolicy = Checks.notNull("failurePolicy", failurePolicy);
      return this;
    }

    /** The journal to skip finished items by and record them in (default: none). */
    public Builder<I, S> journal(FleetJournal journal) {
      this.journal = Checks.notNull("journal", journal);
      return this;
    }

    /**
     * Receives each item's outcome of an apply as it ends (from worker threads, never two at once;
     * keep it quick). An exception from it stops the run.
     */
    public Builder<I, S> onOutcome(Consumer<? super ItemOutcome<I>> onOutcome) {
      this.onOutcome = Checks.notNull("onOutcome", onOutcome);
      return this;
    }

    /** Receives progress at most once per {@code interval}, and once at the end. */
    public Builder<I, S> onProgress(FleetProgress.Listener listener, Duration interval) {
      this.progress = Checks.notNull("listener", listener);
      this.progressInterval = Checks.positive("interval", interval);
      return this;
    }

    /** Reads the vendor's remaining-quota headers (default {@link QuotaReader#none()}). */
    public Builder<I, S> quota(QuotaReader quota) {
      this.quota = Checks.notNull("quota", quota);
      return this;
    }

    /**
     * The shared pause after a 429 without a wait (default 1 s) and the longest pause whatever the
     * vendor asks (default 60 s).
     */
    public Builder<I, S> rateLimitWaits(Duration whenUnstated, Duration atMost) {
      this.rateLimitWait = Checks.positive("whenUnstated", whenUnstated);
      this.maxPause = Checks.positive("atMost", atMost);
      return this;
    }

    /**
     * How often a call refused with 429 after its own retries is sent again, 0 or more (default
     * {@value #DEFAULT_RATE_LIMIT_RESENDS}); a 429 means the server did not act, so this is safe
     * for any call.
     */
    public Builder<I, S> rateLimitResends(int resends) {
      this.rateLimitResends = Checks.atLeast("resends", resends, 0);
      return this;
    }

    /** The clock and sleeper of a client, so the operation waits like the client's retries do. */
    public Builder<I, S> timing(ClientOptions options) {
      Checks.notNull("options", options);
      return clock(options.clock()).sleeper(options.sleeper());
    }

    /** The clock for progress, durations and pauses (default the system UTC clock). */
    public Builder<I, S> clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /** The sleeper for shared pauses (default {@link Sleeper#system()}). */
    public Builder<I, S> sleeper(Sleeper sleeper) {
      this.sleeper = Checks.notNull("sleeper", sleeper);
      return this;
    }

    /**
     * Builds the operation.
     *
     * @throws IllegalStateException {@code change is required} when no change was set
     */
    public FleetOperation<I, S> build() {
      return new FleetOperation<>(this);
    }
  }
}
