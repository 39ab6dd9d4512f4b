package app.rapport.testutil;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Channel;
import app.rapport.model.Client;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds clients for tests with sensible defaults: {@code new ClientBuilder("c-1").name("Ana", "Ruiz").build()}. */
public final class ClientBuilder {
    private String id;
    private String firstName = "Ana";
    private String lastName = "Ruiz";
    private String company = "";
    private String title = "";
    private List<String> emails = new ArrayList<>();
    private List<String> phones = new ArrayList<>();
    private Address address = Address.EMPTY;
    private Birthday birthday;
    private LocalDate clientSince;
    private Instant addedAt = Instant.parse("2024-01-02T10:00:00Z");
    private String tier;
    private List<String> tags = new ArrayList<>();
    private String referredBy;
    private Channel preferredChannel;
    private boolean doNotContact;
    private boolean archived;
    private String notes = "";

    public ClientBuilder(String id) {
        this.id = id;
    }

    public static ClientBuilder client(String id) {
        return new ClientBuilder(id);
    }

    public ClientBuilder name(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    public ClientBuilder company(String value) {
        this.company = value;
        return this;
    }

    public ClientBuilder title(String value) {
        this.title = value;
        return this;
    }

    public ClientBuilder email(String value) {
        this.emails.add(value);
        return this;
    }

    public ClientBuilder phone(String value) {
        this.phones.add(value);
        return this;
    }

    public ClientBuilder address(Address value) {
        this.address = value;
        return this;
    }

    public ClientBuilder birthday(String value) {
        this.birthday = value == null ? null : Birthday.parse(value);
        return this;
    }

    public ClientBuilder clientSince(String value) {
        this.clientSince = value == null ? null : LocalDate.parse(value);
        return this;
    }

    public ClientBuilder addedAt(String value) {
        this.addedAt = value == null ? null : Instant.parse(value);
        return this;
    }

    public ClientBuilder tier(String value) {
        this.tier = value;
        return this;
    }

    public ClientBuilder tag(String value) {
        this.tags.add(value);
        return this;
    }

    public ClientBuilder referredBy(String value) {
        this.referredBy = value;
        return this;
    }

    public ClientBuilder preferredChannel(Channel value) {
        this.preferredChannel = value;
        return this;
    }

    public ClientBuilder doNotContact(boolean value) {
        this.doNotContact = value;
        return this;
    }

    public ClientBuilder archived(boolean value) {
        this.archived = value;
        return this;
    }

    public ClientBuilder notes(String value) {
        this.notes = value;
        return this;
    }

    public Client build() {
        return new Client(id, firstName, lastName, company, title, emails, phones, address, birthday, clientSince,
                addedAt, tier, tags, referredBy, preferredChannel, doNotContact, archived, notes);
    }
}
