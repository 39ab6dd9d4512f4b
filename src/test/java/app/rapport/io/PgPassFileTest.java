package app.rapport.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ~/.pgpass as libpq reads it: the first matching line, wildcards, escapes, comments. */
class PgPassFileTest {
    static final String FILE = """
            # the shop's server
            db.example.com:5432:rapport:marta:m\\:y\\\\pass
            *:5432:*:bo:bo-pass
            db.example.com:*:*:*:fallback
            """;

    @Test
    void theFirstMatchingLine_givesThePassword_unescaped() {
        PgPassFile f = PgPassFile.of(FILE);
        assertThat(f.password("db.example.com", 5432, "rapport", "marta")).contains("m:y\\pass");
        assertThat(f.password("other", 5432, "books", "bo")).contains("bo-pass");
        assertThat(f.password("db.example.com", 6000, "x", "ana")).contains("fallback");
        assertThat(f.password("other", 5432, "rapport", "marta")).isEmpty();
        assertThat(PgPassFile.of("").password("h", 1, "d", "u")).isEmpty();
    }

    @Test
    void aShortLineOrAComment_matchesNothing() {
        assertThat(PgPassFile.of("h:5432:d\n#h:5432:d:u:p\n").password("h", 5432, "d", "u")).isEmpty();
        assertThat(PgPassFile.of("h:5432:d:u:p:ignored").password("h", 5432, "d", "u")).contains("p");
    }

    @Test
    void remembering_putsTheLineFirst_replacingTheSameOne_keepingTheRest() {
        String written = PgPassFile.of(FILE).with("db.example.com", 5432, "rapport", "marta", "new:pass\\1");
        assertThat(written).startsWith("db.example.com:5432:rapport:marta:new\\:pass\\\\1\n")
                .contains("# the shop's server\n", "*:5432:*:bo:bo-pass\n", "db.example.com:*:*:*:fallback\n")
                .doesNotContain("m\\:y");
        assertThat(PgPassFile.of(written).password("db.example.com", 5432, "rapport", "marta")).contains("new:pass\\1");
        assertThat(PgPassFile.of("").with("::1", 5432, "r", "u", "p")).isEqualTo("\\:\\:1:5432:r:u:p\n");
    }
}
