package app.rapport.testutil;

import static app.rapport.testutil.ClientBuilder.client;

import app.rapport.model.Address;
import app.rapport.model.Client;
import java.util.List;

/** A few clients most tests can share. */
public final class TypicalClients {
    public static final Client ANA = client("c-0001").name("Ana", "Ruiz").company("Ruiz Bakery")
            .email("ana@ruizbakery.example").phone("+1 555 0100").tier("VIP").tag("wholesale")
            .address(new Address("12 Main St", "Springfield", "IL", "62701", "US"))
            .birthday("--04-15").clientSince("2021-03-02").notes("Prefers mornings.").build();
    public static final Client JOSE = client("c-0002").name("José", "Müller").company("Müller & Söhne")
            .email("jose@muller.example").tier("REGULAR").tag("wedding").clientSince("2022-06-10").build();
    public static final Client ZOE = client("c-0003").name("Zoë", "O'Brien").tier("OCCASIONAL")
            .referredBy("c-0001").clientSince("2026-10-30").build();

    private TypicalClients() {
    }

    public static List<Client> all() {
        return List.of(ANA, JOSE, ZOE);
    }
}
