package app.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** SQLite's numbered parameters as PostgreSQL's driver takes them: positional, the values in their order. */
class NumberedParametersTest {
    @Test
    void numberedParameters_usedAgainAndOutOfOrder_becomePositional_withTheirValuesRepeated() {
        NumberedParameters q = NumberedParameters.of("SELECT max(at) FROM t WHERE a = ?2 AND b < ?1 OR c = ?2");
        assertThat(q.sql()).isEqualTo("SELECT max(at) FROM t WHERE a = ? AND b < ? OR c = ?");
        assertThat(q.values("end", "id")).containsExactly("id", "end", "id");
    }

    @Test
    void plainParameters_keepTheirOrder_andFollowTheLargestNumberBeforeThem() {
        assertThat(NumberedParameters.of("UPDATE t SET a = ? WHERE b = ?").values(1, 2)).containsExactly(1, 2);
        NumberedParameters mixed = NumberedParameters.of("SELECT ?3, ?, ?1");
        assertThat(mixed.sql()).isEqualTo("SELECT ?, ?, ?");
        assertThat(mixed.values("a", "b", "c", "d")).containsExactly("c", "d", "a");
    }

    @Test
    void questionMarksInQuotedText_areLeftAlone() {
        NumberedParameters q = NumberedParameters.of("SELECT 'why?1', \"odd?2\" FROM t WHERE x = ?1 AND y = 'it''s ?'");
        assertThat(q.sql()).isEqualTo("SELECT 'why?1', \"odd?2\" FROM t WHERE x = ? AND y = 'it''s ?'");
        assertThat(q.values("v")).containsExactly("v");
    }

    @Test
    void fewerValuesThanTheStatementNumbers_isRefused() {
        assertThatThrownBy(() -> NumberedParameters.of("SELECT ?1, ?3").values("a", "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("?3");
    }
}
