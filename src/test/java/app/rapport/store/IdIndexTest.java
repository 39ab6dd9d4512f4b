package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdIndexTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void findsEveryIdOfALargeSeries_andNoOther() {
        IdIndex<Integer> ids = new IdIndex<>();
        for (int i = 0; i < 100_000; i++) {
            ids.put(utf8("c-%04d".formatted(i)), i);
        }
        assertThat(ids.size()).isEqualTo(100_000);
        for (int i = 0; i < 100_000; i += 7) {
            byte[] key = utf8("c-%04d".formatted(i));
            assertThat(ids.get(key, 0, key.length)).isEqualTo(i);
        }
        byte[] missing = utf8("c-100000");
        assertThat(ids.get(missing, 0, missing.length)).isNull();
    }

    @Test
    void looksUpARangeOfALargerArray_withAnyBytes() {
        IdIndex<String> ids = new IdIndex<>();
        String uuid = UUID.randomUUID().toString();
        ids.put(utf8(uuid), "uuid");
        ids.put(utf8("Zoë-7"), "accented");
        ids.put(utf8(""), "empty");
        byte[] row = utf8("x\u001f" + uuid + "\u001fZoë-7\u001f");
        assertThat(ids.get(row, 2, 2 + uuid.length())).isEqualTo("uuid");
        int from = 3 + uuid.length();
        assertThat(ids.get(row, from, from + utf8("Zoë-7").length)).isEqualTo("accented");
        assertThat(ids.get(row, row.length, row.length)).isEqualTo("empty");
        assertThat(ids.get(row, 0, 1)).isNull();
    }

    @Test
    void put_replacesTheValueOfAnIdAlreadyThere() {
        IdIndex<String> ids = new IdIndex<>();
        ids.put(utf8("c-1"), "old");
        ids.put(utf8("c-1"), "new");
        byte[] key = utf8("c-1");
        assertThat(ids.get(key, 0, key.length)).isEqualTo("new");
        assertThat(ids.size()).isEqualTo(1);
    }
}
