package app.rapport.io;

import app.rapport.model.Address;
import app.rapport.model.Birthday;
import app.rapport.model.Business;
import app.rapport.model.Channel;
import app.rapport.model.Client;
import app.rapport.model.Decision;
import app.rapport.model.DecisionKind;
import app.rapport.model.Direction;
import app.rapport.model.Experience;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import app.rapport.model.Interaction;
import app.rapport.model.InteractionKind;
import app.rapport.model.InvalidValueException;
import app.rapport.model.LetterTemplate;
import app.rapport.model.ManualFollowUp;
import app.rapport.model.PageSize;
import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Turns the JSON objects of a book file into checked model records, naming the record on any error. */
final class JsonRecords {
    private final Instant defaultAddedAt;

    JsonRecords(Instant defaultAddedAt) {
        this.defaultAddedAt = defaultAddedAt;
    }

    Client client(ObjectNode n, String where) {
        JsonField f = new JsonField(n, where);
        return checked(where, n, () -> {
            LocalDate since = f.date("clientSince");
            Instant addedAt = f.instant("addedAt");
            if (addedAt == null) {
                addedAt = since != null ? since.atStartOfDay().toInstant(ZoneOffset.UTC) : defaultAddedAt;
            }
            String birthday = f.text("birthday");
            return new Client(f.id("id"), f.text("firstName"), f.text("lastName"), f.text("company"),
                    f.text("title"), f.texts("emails"), f.texts("phones"), address(f.object("address"), where),
                    birthday == null || birthday.isBlank() ? null : Birthday.parse(birthday), since, addedAt,
                    f.text("tier"), f.texts("tags"), f.optionalId("referredBy"),
                    f.enumValue("preferredChannel", Channel.class), f.flag("doNotContact"), f.flag("archived"),
                    f.text("notes"));
        });
    }

    Interaction interaction(ObjectNode n, String where) {
        JsonField f = new JsonField(n, where);
        return checked(where, n, () -> new Interaction(f.id("id"), f.id("clientId"), f.requiredAt("at"),
                f.requiredEnum("kind", InteractionKind.class), f.enumValue("direction", Direction.class),
                f.enumValue("experience", Experience.class), f.decimal("amount"), f.text("summary"),
                f.text("notes"), f.text("ref"), f.text("by")));
    }

    ManualFollowUp followUp(ObjectNode n, String where) {
        JsonField f = new JsonField(n, where);
        return checked(where, n, () -> {
            FollowUpRule rule = f.enumValue("rule", FollowUpRule.class);
            if (rule != null && rule != FollowUpRule.MANUAL) {
                throw new BookFormatException(where + ": only MANUAL follow-ups are kept in a book, not " + rule);
            }
            Integer priority = f.integer("priority");
            return new ManualFollowUp(f.id("id"), f.id("clientId"),
                    f.enumValue("action", FollowUpAction.class), f.requiredDate("due"),
                    priority == null ? ManualFollowUp.DEFAULT_PRIORITY : priority, f.text("note"),
                    f.enumValue("status", ManualFollowUp.Status.class), f.date("createdOn"));
        });
    }

    LetterTemplate template(ObjectNode n, String where) {
        JsonField f = new JsonField(n, where);
        return checked(where, n, () -> new LetterTemplate(f.required("name"), f.required("title"), f.text("body"),
                f.enumValue("paper", PageSize.class)));
    }

    Decision decision(ObjectNode n, String where) {
        JsonField f = new JsonField(n, where);
        return checked(where, n, () -> new Decision(f.id("clientId"), f.requiredEnum("rule", FollowUpRule.class),
                f.requiredDate("anchor"), f.requiredEnum("decision", DecisionKind.class), f.date("until"),
                f.text("reason"), f.requiredInstant("at"), f.enumValue("action", FollowUpAction.class),
                f.text("by")));
    }

    Settings settings(ObjectNode n, String where) {
        JsonField f = new JsonField(n, where);
        return checked(where, n, () -> {
            List<Tier> tiers = new ArrayList<>();
            for (JsonNode t : f.array("tiers")) {
                JsonField tier = new JsonField(t, where + ", tier");
                Integer cadence = tier.integer("cadenceDays");
                String name = tier.required("name");
                if (cadence == null) {
                    throw new BookFormatException(where + ": tier " + JsonField.shown(name) + " has no cadenceDays");
                }
                tiers.add(checked(where + ", tier " + JsonField.shown(name), t, () -> new Tier(name, cadence)));
            }
            Set<DayOfWeek> workDays = EnumSet.noneOf(DayOfWeek.class);
            for (JsonNode d : f.array("workDays")) {
                workDays.add(JsonField.parseEnum(d.asText(), DayOfWeek.class, where + ", workDays"));
            }
            ObjectNode b = f.object("business");
            Business business = null;
            if (b != null) {
                JsonField bf = new JsonField(b, where + ", business");
                business = new Business(bf.text("name"), bf.text("ownerName"), bf.text("address"), bf.text("phone"),
                        bf.text("signature"));
            }
            String reminder = f.text("reminderTime");
            return new Settings(tiers, workDays, f.decimal("noteAmountThreshold"), business,
                    f.enumValue("paper", PageSize.class), reminder == null ? null : time(reminder, where),
                    rules(f.object("rules"), where + ", rules"));
        });
    }

    private static RuleSettings rules(ObjectNode n, String where) {
        if (n == null) {
            return null;
        }
        return checked(where, n, () -> buildRules(n, where));
    }

    private static RuleSettings buildRules(ObjectNode n, String where) {
        JsonField f = new JsonField(n, where);
        RuleSettings defaults = RuleSettings.defaults();
        RecordComponent[] components = RuleSettings.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                if (c.getType() == Set.class) {
                    Set<FollowUpRule> on = null;
                    if (n.has(c.getName())) {
                        on = EnumSet.noneOf(FollowUpRule.class);
                        for (JsonNode r : f.array(c.getName())) {
                            on.add(JsonField.parseEnum(r.asText(), FollowUpRule.class, where));
                        }
                    }
                    args[i] = on;
                } else {
                    Integer value = f.integer(c.getName());
                    args[i] = value != null ? value : c.getAccessor().invoke(defaults);
                }
            }
            return RuleSettings.class.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build the rule settings", e);
        }
    }

    private static Address address(ObjectNode n, String where) {
        if (n == null) {
            return Address.EMPTY;
        }
        JsonField f = new JsonField(n, where + ", address");
        return new Address(f.text("street"), f.text("city"), f.text("region"), f.text("postalCode"),
                f.text("country"));
    }

    private static LocalTime time(String text, String where) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BookFormatException(where + ": reminderTime \"" + text + "\" is not a time (HH:MM)");
        }
    }

    private interface Maker<T> {
        T make();
    }

    /**
     * Runs a record's construction, turning the model's own checks into a message naming the record,
     * and the field and its value when the record has them ("rules: thankNoteDays 9999: Day counts
     * go from 0 to 3650 (ten years)").
     */
    private static <T> T checked(String where, JsonNode n, Maker<T> maker) {
        try {
            return maker.make();
        } catch (InvalidValueException e) {
            JsonNode value = e.field() == null ? null : n.get(e.field());
            if (value != null && value.isValueNode() && !value.isNull()) {
                throw new BookFormatException(where + ": " + e.field() + " " + JsonField.shown(value.asText()) + ": "
                        + e.getMessage());
            }
            throw new BookFormatException(where + ": " + e.getMessage());
        }
    }
}
