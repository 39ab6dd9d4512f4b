package app.rapport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FORMATS.md's team book address: what it names, what the driver gets, and one line for each mistake. */
class TeamBookAddressTest {
    @Test
    void aFullAddress_givesTheDriverItsUrlAndProperties() {
        TeamBookAddress a = TeamBookAddress.parse("postgresql://db.example.com:5433/rapport?user=marta&sslmode=require",
                "someone");
        assertThat(a).isEqualTo(new TeamBookAddress("db.example.com", 5433, "rapport", "marta",
                Optional.of("require")));
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5433/rapport");
        Properties p = a.properties(Optional.of("s3cret".toCharArray()));
        assertThat(p.getProperty("user")).isEqualTo("marta");
        assertThat(p.getProperty("sslmode")).isEqualTo("require");
        assertThat(p.getProperty("password")).isEqualTo("s3cret");
        assertThat(a.properties(Optional.empty()).getProperty("password")).isNull();
        assertThat(a.describe()).isEqualTo("team book rapport on db.example.com:5433");
        assertThat(TeamBookAddress.parse(a.url(), "someone")).isEqualTo(a);
    }

    @Test
    void aShortAddress_takesPort5432AndThisComputersUser() {
        TeamBookAddress a = TeamBookAddress.parse("  postgres://shop/Book%20One  ", "ana");
        assertThat(a).isEqualTo(new TeamBookAddress("shop", 5432, "Book One", "ana", Optional.empty()));
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://shop:5432/Book%20One");
        assertThat(a.url()).isEqualTo("postgresql://shop/Book One?user=ana");
        assertThat(a.properties(Optional.empty()).getProperty("sslmode")).isNull();
    }

    @Test
    void anIpv6Server_keepsItsBracketsInUrls() {
        TeamBookAddress a = TeamBookAddress.parse("postgresql://[::1]:6000/rapport?user=bo", "x");
        assertThat(a.host()).isEqualTo("::1");
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:6000/rapport");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /home/ana/book                                          | does not start with postgresql://
            postgresql://ana:secret@db/rapport                      | never in the address
            postgresql://db/rapport?user=ana&password=secret        | holds a password
            postgresql://db/rapport?user=ana&sslmode=sometimes      | sslmode sometimes is not one of
            postgresql://db/rapport?timezone=UTC                    | does not know its setting timezone=
            postgresql://db                                         | names no database
            postgresql://db/                                        | names no database
            postgresql:///rapport                                   | names no server
            postgresql://db:0/rapport                               | the port 0
            postgresql://db/rapport?user=                           | names no user
            postgresql://db/a b                                     | is not a valid address
            """)
    void aWrongAddress_isRefusedInOneLine(String text, String why) {
        assertThatThrownBy(() -> TeamBookAddress.parse(text, "ana"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(why)
                .hasMessageEndingWith("Write it postgresql://HOST[:PORT]/DATABASE[?user=NAME&sslmode=MODE].")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void whatLooksLikeATeamBook() {
        assertThat(TeamBookAddress.looksLikeOne("PostgreSQL://db/x")).isTrue();
        assertThat(TeamBookAddress.looksLikeOne("/var/books/postgresql://")).isFalse();
    }
}
