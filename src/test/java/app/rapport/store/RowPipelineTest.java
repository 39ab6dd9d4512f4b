package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowPipelineTest {
    static final String NUMBERS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)"
            + " SELECT CAST(i AS TEXT) FROM n";

    @TempDir
    Path dir;

    @Test
    void each_handsEveryRowOverInOrder_acrossBatchesAndQueries() {
        try (Database db = Database.open(dir.resolve("book.db"))) {
            List<String> seen = new ArrayList<>();
            List<String> threads = new ArrayList<>();
            db.inReadTransaction(c -> {
                try (RowPipeline rows = new RowPipeline()) {
                    rows.each(c, NUMBERS, row -> {
                        seen.add(row);
                        threads.add(Thread.currentThread().getName());
                    }, 5000);
                    rows.each(c, NUMBERS, row -> seen.add("b" + row), 3);
                    rows.finish();
                }
                return null;
            });
            List<String> expected = new ArrayList<>(IntStream.rangeClosed(1, 5000).mapToObj(Integer::toString).toList());
            expected.addAll(List.of("b1", "b2", "b3"));
            assertThat(seen).containsExactlyElementsOf(expected);
            assertThat(threads).containsOnly("rapport-facts");
        }
    }

    @Test
    void finish_throwsWhatAHandlerThrew() {
        try (Database db = Database.open(dir.resolve("book.db"))) {
            assertThatThrownBy(() -> db.inReadTransaction(c -> {
                try (RowPipeline rows = new RowPipeline()) {
                    rows.each(c, NUMBERS, row -> {
                        if (row.equals("3000")) {
                            throw new IllegalArgumentException("bad row " + row);
                        }
                    }, 4000);
                    rows.finish();
                }
                return null;
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad row 3000");
        }
    }
}
