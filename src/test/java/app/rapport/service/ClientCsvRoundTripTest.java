package app.rapport.service;

import static app.rapport.testutil.ClientBuilder.client;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.model.Address;
import app.rapport.model.Channel;
import app.rapport.model.Client;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rapport's own CSV export read back by Rapport: every field comes back (but the time each client
 * was added, which the CSV does not hold), whatever the lists, quotes and formula marks in it.
 */
class ClientCsvRoundTripTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC);
    static final Function<DuplicateContact, DuplicatePolicy> SKIP =
            d -> DuplicatePolicy.SKIP;
    static final List<Tier> TIERS = List.of(new Tier("VIP", 30), new Tier("REGULAR", 90), new Tier("OCCASIONAL", 180),
            new Tier("GOLD", 45));

    @TempDir
    Path dir;

    OpenBook open(String name) {
        OpenBook book = OpenBook.open(dir.resolve(name), false, CLOCK, "test");
        book.settings().save(Settings.defaults().withTiers(TIERS));
        return book;
    }

    /** Clients made to trip a CSV: lists with ; and \, a real '= at the start, formulas, every field set. */
    static List<Client> trickyClients() {
        return List.of(
                // referred by a client that comes later in the file
                client("c-0001").name("Ana", "Ruiz").company("'=not a formula").title("=Owner")
                        .email("ana@example.com").email("ana.ruiz@example.com")
                        .phone("+1 555 0100; ext 12").phone("555-0101\\2").tier("VIP").tag("wholesale; retail")
                        .tag("a,b").tag("'=tag").referredBy("c-0003").preferredChannel(Channel.NOTE)
                        .birthday("--04-15").clientSince("2021-03-02")
                        .address(new Address("12 Main St\nBack door", "Springfield", "IL", "62701", "US"))
                        .notes("'+1 is how she writes it;\nsecond line, \"quoted\"").addedAt("2021-03-02T10:00:00Z")
                        .build(),
                client("c-0002").name("", "").company("-Müller & Söhne").tier("REGULAR").doNotContact(true)
                        .archived(true)
                        .preferredChannel(Channel.EMAIL).referredBy("c-0001").notes("''=two quotes")
                        .addedAt("2022-01-01T00:00:00Z").build(),
                client("c-0003").name("@Bo", "Lind").tier("GOLD").tag("\\").preferredChannel(Channel.CALL)
                        .phone("=2+2")
                        .birthday("1980-02-29").addedAt("2020-05-05T00:00:00Z").build(),
                client("c-0004").name("Cy", "Ng").phone("+44 20 7946 0000").addedAt("2020-05-05T00:00:00Z").build());
    }

    static void fill(OpenBook book, List<Client> clients) {
        // referrers first: the book checks that a referrer exists
        List<Client> later = new ArrayList<>();
        for (Client c : clients) {
            if (c.referredBy() == null) {
                book.clients().add(c);
            } else {
                book.clients().add(c.withReferredBy(null));
                later.add(c);
            }
        }
        later.forEach(c -> book.clients().update(c, 1));
    }

    @Test
    void exportThenImportIntoAnEmptyBook_givesBackEveryField() throws Exception {
        Path csv = dir.resolve("clients.csv");
        List<Client> original = trickyClients();
        try (OpenBook book = open("book")) {
            fill(book, original);
            book.contactExport().exportCsv(csv, true);
        }
        try (OpenBook other = open("other")) {
            var file = other.contactImport().read(csv, null, (String) null);
            assertThat(file.preset().name()).isEqualTo("RAPPORT");
            var report = other.contactImport().importContacts(file, SKIP, false);
            assertThat(report.problems()).isEmpty();
            assertThat(report.added()).isEqualTo(original.size());
            for (Client expected : original) {
                Client back = other.clients().find(expected.id()).orElseThrow();
                assertThat(back).usingRecursiveComparison().ignoringFields("addedAt").isEqualTo(expected);
            }
        }
    }

    @Test
    void export_writesTiersAndChannelsAsPeopleReadThem_andImportReadsEitherSpelling() throws Exception {
        Path csv = dir.resolve("clients.csv");
        try (OpenBook book = open("book")) {
            fill(book, trickyClients());
            book.contactExport().exportCsv(csv, false);
        }
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(",VIP,", ",Regular,", ",Gold,", ",Handwritten note,", ",Email,", ",Call,")
                .doesNotContain("REGULAR", "GOLD", ",NOTE,", ",EMAIL,")
                .contains("+1 555 0100\\; ext 12; 555-0101\\\\2", "''=not a formula");
        Path upper = dir.resolve("upper.csv");
        Files.writeString(upper, "id,firstName,company,tier,preferredChannel,doNotContact\n"
                + "x-1,Ana,,REGULAR,NOTE,false\nx-2,Bo,,occasional,handwritten NOTE,yes\nx-3,Cy,,Platinum,Fax,maybe\n",
                StandardCharsets.UTF_8);
        try (OpenBook other = open("other")) {
            var report = other.contactImport().importContacts(other.contactImport().read(upper, null, (String) null),
                    SKIP, false);
            assertThat(other.clients().find("x-1").orElseThrow()).extracting(Client::tier, Client::preferredChannel)
                    .containsExactly("REGULAR", Channel.NOTE);
            Client bo = other.clients().find("x-2").orElseThrow();
            assertThat(bo.tier()).isEqualTo("OCCASIONAL");
            assertThat(bo.preferredChannel()).isEqualTo(Channel.NOTE);
            assertThat(bo.doNotContact()).isTrue();
            assertThat(other.clients().find("x-3").orElseThrow().tier()).isNull();
            assertThat(report.problems()).anyMatch(p -> p.startsWith("Line 4") && p.contains("Platinum")
                    && p.contains("VIP, Regular, Occasional, Gold")).anyMatch(p -> p.contains("Fax"))
                    .anyMatch(p -> p.contains("maybe"));
        }
    }

    @Test
    void importIntoABookThatHasThoseIds_givesNewIds_andKeepsTheReferralsBetweenThem() throws Exception {
        Path csv = dir.resolve("clients.csv");
        try (OpenBook book = open("book")) {
            fill(book, trickyClients());
            book.contactExport().exportCsv(csv, false);
        }
        try (OpenBook other = open("other")) {
            other.clients().add(client("c-0001").name("Zed", "Other").build());
            other.clients().add(client("c-0003").name("Yan", "Other").build());
            var report = other.contactImport().importContacts(other.contactImport().read(csv, null, (String) null),
                    SKIP, false);
            assertThat(report.added()).isEqualTo(4);
            Client ana = other.clients().refs(true).stream().map(r -> other.clients().find(r.id()).orElseThrow())
                    .filter(c -> c.emails().contains("ana@example.com")).findFirst().orElseThrow();
            assertThat(ana.id()).isNotIn("c-0001", "c-0003");
            Client bo = other.clients().find(ana.referredBy()).orElseThrow();
            assertThat(bo.displayName()).isEqualTo("@Bo Lind");
            assertThat(other.clients().find("c-0002").orElseThrow().referredBy()).isEqualTo(ana.id());

            var again = other.contactImport().importContacts(other.contactImport().read(csv, null, (String) null),
                    SKIP, false);
            assertThat(again.added()).as("the same file again: every row is already in the book").isZero();
            assertThat(again.skipped()).isEqualTo(4);
        }
    }
}
