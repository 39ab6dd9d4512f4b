package app.rapport.io;

import app.rapport.model.Address;
import app.rapport.model.Business;
import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.Interaction;
import app.rapport.model.LetterTemplate;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Writes a book as FORMATS.md's book JSON, streaming record by record so that a large book never
 * sits in memory. The output is deterministic: the same book gives the same bytes (apart from
 * {@code exportedAt}). Empty text fields are left out; lists and flags are always written.
 */
public final class BookJsonWriter {
    private final JsonFactory factory = new JsonFactory();

    public void write(OutputStream out, BookContent book, Instant exportedAt) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", BookJson.FORMAT);
            g.writeNumberField("version", BookJson.VERSION);
            g.writeStringField("exportedAt", exportedAt.truncatedTo(ChronoUnit.SECONDS).toString());
            g.writeFieldName("settings");
            settings(g, book.settings());
            List<LetterTemplate> templates = book.templates();
            if (!templates.isEmpty()) {
                g.writeArrayFieldStart("templates");
                for (LetterTemplate t : templates) {
                    template(g, t);
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("clients");
            book.clients(c -> unchecked(() -> client(g, c)));
            g.writeEndArray();
            g.writeArrayFieldStart("interactions");
            book.interactions(i -> unchecked(() -> interaction(g, i)));
            g.writeEndArray();
            g.writeArrayFieldStart("followUps");
            book.followUps(f -> unchecked(() -> followUp(g, f)));
            g.writeEndArray();
            g.writeArrayFieldStart("decisions");
            book.decisions(d -> unchecked(() -> decision(g, d)));
            g.writeEndArray();
            g.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void settings(JsonGenerator g, Settings s) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("tiers");
        for (Tier t : s.tiers()) {
            g.writeStartObject();
            g.writeStringField("name", t.name());
            g.writeNumberField("cadenceDays", t.cadenceDays());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("workDays");
        for (var day : s.workDaysInOrder()) {
            g.writeString(day.name());
        }
        g.writeEndArray();
        g.writeStringField("noteAmountThreshold", s.noteAmountThreshold().toPlainString());
        Business b = s.business();
        g.writeObjectFieldStart("business");
        text(g, "name", b.name());
        text(g, "ownerName", b.ownerName());
        text(g, "address", b.address());
        text(g, "phone", b.phone());
        text(g, "signature", b.signature());
        g.writeEndObject();
        g.writeStringField("paper", s.paper().name());
        g.writeStringField("reminderTime", s.reminderTime().toString());
        g.writeFieldName("rules");
        rules(g, s.rules());
        g.writeEndObject();
    }

    private static void rules(JsonGenerator g, RuleSettings rules) throws IOException {
        g.writeStartObject();
        try {
            for (RecordComponent c : RuleSettings.class.getRecordComponents()) {
                Object value = c.getAccessor().invoke(rules);
                if (value instanceof Set<?> set) {
                    g.writeArrayFieldStart(c.getName());
                    for (String name : set.stream().map(r -> (Enum<?>) r).sorted().map(Enum::name).toList()) {
                        g.writeString(name);
                    }
                    g.writeEndArray();
                } else {
                    g.writeNumberField(c.getName(), (Integer) value);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the rule settings", e);
        }
        g.writeEndObject();
    }

    private static void client(JsonGenerator g, Client c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        text(g, "firstName", c.firstName());
        text(g, "lastName", c.lastName());
        text(g, "company", c.company());
        text(g, "title", c.title());
        list(g, "emails", c.emails());
        list(g, "phones", c.phones());
        Address a = c.address();
        if (!a.isEmpty()) {
            g.writeObjectFieldStart("address");
            text(g, "street", a.street());
            text(g, "city", a.city());
            text(g, "region", a.region());
            text(g, "postalCode", a.postalCode());
            text(g, "country", a.country());
            g.writeEndObject();
        }
        if (c.birthday() != null) {
            g.writeStringField("birthday", c.birthday().toString());
        }
        if (c.clientSince() != null) {
            g.writeStringField("clientSince", c.clientSince().toString());
        }
        if (c.addedAt() != null) {
            g.writeStringField("addedAt", c.addedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        text(g, "tier", c.tier());
        list(g, "tags", c.tags());
        text(g, "referredBy", c.referredBy());
        if (c.preferredChannel() != null) {
            g.writeStringField("preferredChannel", c.preferredChannel().name());
        }
        g.writeBooleanField("doNotContact", c.doNotContact());
        g.writeBooleanField("archived", c.archived());
        text(g, "notes", c.notes());
        g.writeEndObject();
    }

    private static void interaction(JsonGenerator g, Interaction i) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("clientId", i.clientId());
        g.writeStringField("at", BookJson.AT.format(i.at()));
        g.writeStringField("kind", i.kind().name());
        g.writeStringField("direction", i.direction().name());
        g.writeStringField("experience", i.experience().name());
        if (i.amount() != null) {
            g.writeStringField("amount", i.amount().toPlainString());
        }
        text(g, "summary", i.summary());
        text(g, "notes", i.notes());
        text(g, "ref", i.ref());
        text(g, "by", i.by());
        g.writeEndObject();
    }

    private static void followUp(JsonGenerator g, ManualFollowUp f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("clientId", f.clientId());
        g.writeStringField("rule", "MANUAL");
        g.writeStringField("action", f.action().name());
        g.writeStringField("due", f.due().toString());
        g.writeNumberField("priority", f.priority());
        text(g, "note", f.note());
        g.writeStringField("status", f.status().name());
        g.writeStringField("createdOn", f.createdOn().toString());
        g.writeEndObject();
    }

    private static void template(JsonGenerator g, LetterTemplate t) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeStringField("title", t.title());
        g.writeStringField("body", t.body());
        if (t.paper() != null) {
            g.writeStringField("paper", t.paper().name());
        }
        g.writeEndObject();
    }

    private static void decision(JsonGenerator g, Decision d) throws IOException {
        g.writeStartObject();
        g.writeStringField("clientId", d.clientId());
        g.writeStringField("rule", d.rule().name());
        g.writeStringField("anchor", d.anchor().toString());
        g.writeStringField("decision", d.decision().name());
        if (d.until() != null) {
            g.writeStringField("until", d.until().toString());
        }
        text(g, "reason", d.reason());
        g.writeStringField("at", d.at().toString());
        if (d.action() != null) {
            g.writeStringField("action", d.action().name());
        }
        text(g, "by", d.by());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }

    private static void list(JsonGenerator g, String field, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values == null ? List.<String>of() : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
