package dev.dataexport.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.fleet.ItemOutcome.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The journal, and a run resumed from it after a crash. */
@Timeout(30)
class ResumeAndJournalTest {
  @TempDir Path dir;

  private final ManualTime time = new ManualTime();
  private final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();

  private FleetOperation<String, String> operation(
      List<String> ids, FleetJournal journal, int failAfter) {
    AtomicInteger sent = new AtomicInteger();
    return FleetOperation.over(ids)
        .change(
            (id, same) ->
                FleetWrite.of(
                    PlannedRequest.of("PATCH", List.of("destinations", id), Map.of("on", false)),
                    () -> {
                      if (sent.incrementAndGet() > failAfter) {
                        throw new IllegalStateException("the process died");
                      }
                      writes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                      return "ok";
                    }))
        .journal(journal)
        .failurePolicy(FailurePolicy.stopAtFirst())
        .concurrency(1)
        .clock(time)
        .sleeper(time)
        .build();
  }

  @Test
  void aResumedRunSkipsWhatTheCrashedRunFinishedAndChangesNothingTwice() throws IOException {
    List<String> ids = IntStream.range(0, 100).mapToObj(i -> "d" + i).collect(Collectors.toList());
    Path file = dir.resolve("fleet.journal");
    FleetResult crashed;
    try (FileJournal journal = FileJournal.open(file)) {
      crashed = operation(ids, journal, 30).apply();
    }
    assertThat(crashed.changed()).isEqualTo(30);
    assertThat(crashed.failed()).isEqualTo(1);
    assertThat(Files.readAllLines(file)).hasSize(30).first().isEqualTo("changed\td0");

    FleetResult resumed;
    try (FileJournal journal = FileJournal.open(file)) {
      assertThat(journal.doneBefore()).isEqualTo(30);
      resumed = operation(ids, journal, Integer.MAX_VALUE).apply();
    }
    assertThat(resumed.skipped()).isEqualTo(30);
    assertThat(resumed.changed()).isEqualTo(70);
    assertThat(resumed.isComplete()).isTrue();
    assertThat(writes).hasSize(100);
    assertThat(writes.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    assertThat(Files.readAllLines(file)).hasSize(100);
  }

  @Test
  void aPlanSkipsJournaledItemsAndWritesNoRecord() {
    FleetJournal journal = FleetJournal.inMemory();
    journal.finished("a", Status.CHANGED);
    FleetPlan<String> plan = operation(List.of("a", "b"), journal, 100).plan();
    assertThat(plan.entries())
        .extracting(ItemOutcome::status)
        .containsExactly(Status.SKIPPED, Status.CHANGED);
    assertThat(journal.isDone("b")).isFalse();
  }

  @Test
  void unchangedItemsAreJournaledAndFailedOnesAreNot() {
    FleetJournal journal = FleetJournal.inMemory();
    FleetOperation.over(List.of("same", "bad", "new"))
        .change(
            (id, same) -> {
              if (id.equals("same")) {
                return FleetWrite.none();
              }
              return FleetWrite.of(
                  PlannedRequest.of("PATCH", List.of(id), null),
                  () -> {
                    if (id.equals("bad")) {
                      throw new IllegalArgumentException("no");
                    }
                    return "ok";
                  });
            })
        .journal(journal)
        .clock(time)
        .sleeper(time)
        .build()
        .apply();
    assertThat(journal.isDone("same")).isTrue();
    assertThat(journal.isDone("new")).isTrue();
    assertThat(journal.isDone("bad")).isFalse();
  }

  @Test
  void keysWithLineBreaksTabsAndPercentSignsRoundTrip() {
    Path file = dir.resolve("odd.journal");
    List<String> keys = List.of("a\nb", "tab\there", "100%", "%0A literally", "ünï/cödé key");
    try (FileJournal journal = FileJournal.open(file)) {
      keys.forEach(key -> journal.finished(key, Status.CHANGED));
    }
    try (FileJournal journal = FileJournal.open(file)) {
      assertThat(journal.doneBefore()).isEqualTo(keys.size());
      keys.forEach(key -> assertThat(journal.isDone(key)).as(key).isTrue());
      assertThat(journal.isDone("a")).isFalse();
    }
  }

  @Test
  void aTornLastLineIsIgnoredAndTheNextRecordStartsOnItsOwnLine() throws IOException {
    Path file = dir.resolve("torn.journal");
    Files.write(file, "changed\td1\nchanged\td2\nchan".getBytes(StandardCharsets.UTF_8));
    try (FileJournal journal = FileJournal.openSynced(file)) {
      assertThat(journal.doneBefore()).isEqualTo(2);
      assertThat(journal.isDone("d2")).isTrue();
      journal.finished("d3", Status.UNCHANGED);
    }
    assertThat(Files.readAllLines(file))
        .containsExactly("changed\td1", "changed\td2", "chan", "unchanged\td3");
    try (FileJournal journal = FileJournal.open(file)) {
      assertThat(journal.doneBefore()).isEqualTo(3);
      assertThat(journal.isDone("d3")).isTrue();
    }
  }

  @Test
  void aJournalThatCannotBeOpenedSaysWhich() throws IOException {
    Path directory = Files.createDirectory(dir.resolve("not-a-file"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileJournal.open(directory))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("cannot open the fleet journal " + directory);
  }
}
