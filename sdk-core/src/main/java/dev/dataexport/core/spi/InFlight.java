package dev.dataexport.core.spi;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * The attempts in flight of one client (shared with the clients derived from it), each OkHttp call
 * with its call's {@link Tracker}: whether the attempt reached the network ({@link
 * RequestPreparer.OriginGuard} marks it) and its time limit. One daemon thread for the whole JVM
 * cancels an attempt past its limit.
 *
 * <p>Why not OkHttp's own call timeout: it schedules every call on okio's watchdog, one queue
 * behind one lock that every socket read and write of every thread takes too, and waking that
 * watchdog for each call made callers park on the lock (8 threads: about a tenth of the
 * throughput). Here a new attempt only puts its call into this map (done anyway, for the network
 * flag); the thread is woken only when a limit is earlier than the one it waits for, which with one
 * attempt timeout for every call happens about once per timeout period. Thread-safe.
 */
final class InFlight {
  /** Limits far in the future stand for "no limit to wait for"; half the range keeps it exact. */
  private static final long FAR = Long.MAX_VALUE / 2;

  private final ConcurrentHashMap<Call, Tracker> calls = new ConcurrentHashMap<>();

  InFlight() {
    Watchdog.watch(this);
  }

  /**
   * Tracks {@code call}, the current attempt of {@code tracker}, until {@link #release(Call)}; it
   * is cancelled, and marked as timed out, if still here {@code limitNanos} from now.
   */
  void register(Call call, Tracker tracker, long limitNanos) {
    long deadline = System.nanoTime() + Math.min(limitNanos, FAR);
    tracker.call = call;
    tracker.deadline = deadline;
    calls.put(call, tracker);
    Watchdog.scheduled(deadline);
  }

  /** Forgets {@code call}. Idempotent. */
  void release(Call call) {
    calls.remove(call);
  }

  /** The tracker of {@code call}, or null when it is not (or no longer) tracked. */
  Tracker get(Call call) {
    return calls.get(call);
  }

  /** The number of calls registered and not yet released (for tests). */
  int size() {
    return calls.size();
  }

  /** Cancels the calls past their limit; returns the earliest limit still to come, or FAR. */
  private long expire(long now) {
    long next = now + FAR;
    for (Map.Entry<Call, Tracker> entry : calls.entrySet()) {
      Tracker tracker = entry.getValue();
      long deadline = tracker.deadline;
      if (deadline - now <= 0) {
        timeOut(entry.getKey(), tracker);
      } else if (deadline - next < 0) {
        next = deadline;
      }
    }
    return next;
  }

  /** Stops {@code call} at its limit: forgotten and marked before the cancel its thread sees. */
  void timeOut(Call call, Tracker tracker) {
    calls.remove(call, tracker);
    tracker.expired = call;
    call.cancel();
  }

  /**
   * Per call: which attempt is current, whether it reached the network (a connection was
   * established) and whether its time limit fired. Thread-safe.
   */
  static final class Tracker {
    private volatile int current;
    private volatile int reachedNetworkOn;
    private volatile Call call;
    private volatile Call expired;
    private volatile long deadline;

    /** Starts attempt {@code number}. */
    void start(int number) {
      this.current = number;
    }

    /** Notes that the current attempt reached the network. */
    void markReachedNetwork() {
      this.reachedNetworkOn = current;
    }

    /** Whether the current attempt reached the network. */
    boolean reachedNetwork() {
      return reachedNetworkOn == current;
    }

    /** Whether the current attempt was cancelled because its time limit passed. */
    boolean timedOut() {
      Call expiredCall = expired;
      return expiredCall != null && expiredCall == call;
    }
  }

  /**
   * The one thread that waits for the earliest limit of every client's attempts. It parks until
   * that limit; a new attempt unparks it only when its limit comes earlier. It ends after a minute
   * with nothing in flight, and the next attempt starts it again.
   */
  private static final class Watchdog implements Runnable {
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final List<WeakReference<InFlight>> CLIENTS = new CopyOnWriteArrayList<>();
    private static final Object LOCK = new Object();

    /** The thread, or null when none runs. */
    private static volatile Thread thread;

    /** When the thread wakes up; far ahead while it scans, so that every new limit wakes it. */
    private static volatile long wakeAt = System.nanoTime() + FAR;

    static void watch(InFlight client) {
      CLIENTS.add(new WeakReference<>(client));
    }

    /** Makes sure the thread will see a limit at {@code deadline}. */
    static void scheduled(long deadline) {
      Thread running = thread;
      if (running == null) {
        start();
      } else if (deadline - wakeAt < 0) {
        LockSupport.unpark(running);
      }
    }

    private static void start() {
      synchronized (LOCK) {
        if (thread == null) {
          Thread started = new Thread(new Watchdog(), "dataexport attempt timeouts");
          started.setDaemon(true);
          thread = started;
          started.start();
        }
      }
    }

    @Override
    public void run() {
      long idleSince = System.nanoTime();
      while (true) {
        long now = System.nanoTime();
        wakeAt = now + FAR;
        long next = scan(now);
        if (next - (now + FAR) < 0) {
          idleSince = 0;
          wakeAt = next;
          LockSupport.parkNanos(this, next - now);
          continue;
        }
        if (idleSince == 0) {
          idleSince = now;
        } else if (now - idleSince >= IDLE_NANOS) {
          if (stop()) {
            return;
          }
          idleSince = 0;
          continue; // an attempt arrived while stopping
        }
        LockSupport.parkNanos(this, IDLE_NANOS);
      }
    }

    /** Ends the thread unless an attempt arrived meanwhile; true when it ended. */
    private boolean stop() {
      thread = null; // from here on, a new attempt starts a thread itself
      long now = System.nanoTime();
      if (scan(now) - (now + FAR) >= 0) {
        return true;
      }
      synchronized (LOCK) {
        if (thread != null) {
          return true; // a new attempt started another one
        }
        thread = Thread.currentThread();
        return false;
      }
    }

    private static long scan(long now) {
      long next = now + FAR;
      for (WeakReference<InFlight> ref : CLIENTS) {
        InFlight client = ref.get();
        if (client == null) {
          CLIENTS.remove(ref);
          continue;
        }
        long clientNext = client.expire(now);
        if (clientNext - next < 0) {
          next = clientNext;
        }
      }
      return next;
    }
  }
}
