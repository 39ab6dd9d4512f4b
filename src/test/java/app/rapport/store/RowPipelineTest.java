package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowPipelineTest {
    static final String NUMBERS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)"
            + " SELECT CAST(i AS TEXT) FROM n";

    @TempDir
    Path dir;

    private static String text(byte[] row) {
        return new String(row, StandardCharsets.UTF_8);
    }

    @Test
    void inOrder_handsEveryRowOverInOrder_acrossBatchesAndQueries() {
        try (Database db = Database.open(dir.resolve("book.db"))) {
            List<String> seen = new ArrayList<>();
            List<String> threads = new ArrayList<>();
            db.inReadTransaction(c -> {
                try (RowPipeline rows = new RowPipeline()) {
                    rows.inOrder(c, NUMBERS, row -> {
                        seen.add(text(row));
                        threads.add(Thread.currentThread().getName());
                    }, 5000);
                    rows.inOrder(c, NUMBERS, row -> seen.add("b" + text(row)), 3);
                    rows.finish();
                }
                return null;
            });
            List<String> expected = new ArrayList<>(IntStream.rangeClosed(1, 5000).mapToObj(Integer::toString)
                    .toList());
            expected.addAll(List.of("b1", "b2", "b3"));
            assertThat(seen).containsExactlyElementsOf(expected);
            assertThat(threads).containsOnly("rapport-facts");
        }
    }

    @Test
    void inParallel_handsEveryRowOverOnce_afterEveryRowQueuedInOrder() {
        try (Database db = Database.open(dir.resolve("book.db"))) {
            AtomicInteger ordered = new AtomicInteger();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<Integer> orderedSeenByParallel = Collections.synchronizedList(new ArrayList<>());
            db.inReadTransaction(c -> {
                try (RowPipeline rows = new RowPipeline()) {
                    rows.inOrder(c, NUMBERS, row -> ordered.incrementAndGet(), 7000);
                    rows.inParallel(c, NUMBERS, row -> {
                        orderedSeenByParallel.add(ordered.get());
                        assertThat(seen.add(text(row))).isTrue();
                    }, 9000);
                    rows.finish();
                }
                return null;
            });
            assertThat(seen).hasSize(9000).contains("1", "4500", "9000");
            assertThat(orderedSeenByParallel).hasSize(9000).containsOnly(7000);
        }
    }

    @Test
    void finish_throwsWhatAHandlerThrew() {
        try (Database db = Database.open(dir.resolve("book.db"))) {
            assertThatThrownBy(() -> db.inReadTransaction(c -> {
                try (RowPipeline rows = new RowPipeline()) {
                    rows.inOrder(c, NUMBERS, row -> {
                        if (text(row).equals("3000")) {
                            throw new IllegalArgumentException("bad row " + text(row));
                        }
                    }, 4000);
                    rows.finish();
                }
                return null;
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad row 3000");
        }
    }

    @Test
    void finish_throwsWhatAParallelHandlerThrew_andParallelRowsWaitForNoFailedOrderedOnes() {
        try (Database db = Database.open(dir.resolve("book.db"))) {
            assertThatThrownBy(() -> db.inReadTransaction(c -> {
                try (RowPipeline rows = new RowPipeline()) {
                    rows.inOrder(c, NUMBERS, row -> { }, 10);
                    rows.inParallel(c, NUMBERS, row -> {
                        if (text(row).equals("5000")) {
                            throw new IllegalStateException("bad client " + text(row));
                        }
                    }, 6000);
                    rows.finish();
                }
                return null;
            })).isInstanceOf(IllegalStateException.class).hasMessage("bad client 5000");
        }
    }
}
