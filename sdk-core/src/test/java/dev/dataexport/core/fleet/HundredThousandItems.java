package dev.dataexport.core.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Run by {@link SmallHeapTest} in a JVM of its own with a small heap: 100,000 items of 4 KiB each
 * (400 MB if anything per item were kept), streamed, journaled to a file; prints the summary.
 */
public final class HundredThousandItems {
  private HundredThousandItems() {}

  /** Runs the operation; the journal goes to {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path journalFile = Path.of(args[0]);
    try (FileJournal journal = FileJournal.open(journalFile)) {
      FleetResult result =
          FleetOperation.over(IntStream.range(0, 100_000).mapToObj(i -> new byte[4096]).iterator())
              .total(100_000)
              .key(bytes -> "d" + System.identityHashCode(bytes))
              .change(
                  (bytes, same) ->
                      FleetWrite.of(
                          PlannedRequest.of(
                              "PATCH", List.of("destinations", "d"), Map.of("size", bytes.length)),
                          () -> "ok"))
              .journal(journal)
              .build()
              .apply();
      long lines;
      try (var stream = Files.lines(journalFile)) {
        lines = stream.count();
      }
      System.out.println(
          "changed="
              + result.changed()
              + " failed="
              + result.failed()
              + " requests="
              + result.requestsSent()
              + " journal="
              + lines
              + " maxHeapMb="
              + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
  }
}
