package app.rapport.ui.settings;

import app.rapport.model.Business;
import app.rapport.model.FollowUpRule;
import app.rapport.model.InvalidValueException;
import app.rapport.model.PageSize;
import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import app.rapport.model.Versioned;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings being edited: tiers (with the renames and removals that move clients), work days,
 * each rule on or off with its numbers, the note amount threshold, and the sender's block.
 */
public final class SettingsViewModel {
    public static final String BAD_THRESHOLD = "Enter an amount, like 500.00";
    public static final String BAD_TIME = "Enter a time, like 09:00";

    /** One tier row: its name when loaded (null for a new tier), and the name and cadence typed. */
    public static final class TierRow {
        final String original;
        final StringProperty name = new SimpleStringProperty("");
        final IntegerProperty cadence = new SimpleIntegerProperty(90);

        TierRow(String original, String name, int cadence) {
            this.original = original;
            this.name.set(name);
            this.cadence.set(cadence);
        }

        public StringProperty nameProperty() {
            return name;
        }

        public IntegerProperty cadenceProperty() {
            return cadence;
        }
    }

    final ObservableList<TierRow> tiers = FXCollections.observableArrayList();
    final Map<DayOfWeek, BooleanProperty> workDays = new EnumMap<>(DayOfWeek.class);
    final Map<FollowUpRule, BooleanProperty> ruleOn = new EnumMap<>(FollowUpRule.class);
    final Map<String, IntegerProperty> numbers = new LinkedHashMap<>();
    final StringProperty threshold = new SimpleStringProperty("");
    final StringProperty reminderTime = new SimpleStringProperty("");
    final ObjectProperty<PageSize> paper = new SimpleObjectProperty<>(PageSize.LETTER);
    final StringProperty businessName = new SimpleStringProperty("");
    final StringProperty ownerName = new SimpleStringProperty("");
    final StringProperty businessAddress = new SimpleStringProperty("");
    final StringProperty businessPhone = new SimpleStringProperty("");
    final StringProperty signature = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    /** Removed tiers (as loaded) and the tier their clients move to. */
    private final Map<String, String> removed = new LinkedHashMap<>();
    /** The version of the settings loaded: a save is at it. */
    private long version;

    public SettingsViewModel() {
        for (DayOfWeek d : DayOfWeek.values()) {
            workDays.put(d, new SimpleBooleanProperty(false));
        }
        for (FollowUpRule r : FollowUpRule.values()) {
            ruleOn.put(r, new SimpleBooleanProperty(true));
        }
        for (RecordComponent c : RuleSettings.class.getRecordComponents()) {
            if (c.getType() == int.class) {
                numbers.put(c.getName(), new SimpleIntegerProperty());
            }
        }
        load(Settings.defaults());
    }

    /** Shows the settings as the book has them, to save at their version. */
    public void load(Versioned<Settings> saved) {
        load(saved.value());
        version = saved.version();
    }

    /** The version of the settings shown, which a save is at. */
    public long version() {
        return version;
    }

    /** Saves the owner's edits over the newer version of the settings, {@code current}, at the next save. */
    public void saveOver(long current) {
        version = current;
    }

    public void load(Settings s) {
        removed.clear();
        tiers.setAll(s.tiers().stream().map(t -> new TierRow(t.name(), t.name(), t.cadenceDays())).toList());
        workDays.forEach((d, p) -> p.set(s.workDays().contains(d)));
        ruleOn.forEach((r, p) -> p.set(s.rules().isOn(r)));
        numbers.forEach((name, p) -> p.set(number(s.rules(), name)));
        threshold.set(s.noteAmountThreshold().toPlainString());
        reminderTime.set(s.reminderTime().toString());
        paper.set(s.paper());
        Business b = s.business();
        businessName.set(b.name());
        ownerName.set(b.ownerName());
        businessAddress.set(b.address());
        businessPhone.set(b.phone());
        signature.set(b.signature());
        error.set("");
    }

    private static int number(RuleSettings rules, String name) {
        try {
            return (Integer) RuleSettings.class.getMethod(name).invoke(rules);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No rule setting " + name, e);
        }
    }

    /**
     * The tier name to keep when the owner edits {@code stored}, shown to them as the other screens
     * write it ("REGULAR" as "Regular"): left as shown, it stays as stored, so that nothing is renamed.
     */
    static String nameAsTyped(String stored, String typed) {
        String name = typed == null ? "" : typed.strip();
        return stored != null && Tier.displayName(stored).equals(name) ? stored : name;
    }

    public TierRow addTier() {
        int n = 1;
        while (hasTier("New tier " + n)) {
            n++;
        }
        TierRow row = new TierRow(null, "New tier " + n, 60);
        tiers.add(row);
        return row;
    }

    private boolean hasTier(String name) {
        return tiers.stream().anyMatch(t -> t.name.get().strip().equalsIgnoreCase(name));
    }

    /** The tiers a removed tier's clients could move to. */
    public List<String> otherTiers(TierRow row) {
        return tiers.stream().filter(t -> t != row).map(t -> t.name.get().strip()).toList();
    }

    /** Removes a tier; its clients (if it had any, as loaded) move to {@code moveTo}. */
    public void removeTier(TierRow row, String moveTo) {
        tiers.remove(row);
        if (row.original != null) {
            removed.put(row.original, moveTo);
        }
    }

    /** The settings as typed, or empty with {@link #error} saying what to fix. */
    public Optional<Settings> toSettings() {
        try {
            List<Tier> list = tiers.stream().map(t -> new Tier(t.name.get(), t.cadence.get())).toList();
            if (list.isEmpty()) {
                throw new InvalidValueException("tiers", Settings.NO_TIERS);
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            workDays.forEach((d, p) -> {
                if (p.get()) {
                    days.add(d);
                }
            });
            if (days.isEmpty()) {
                throw new InvalidValueException("workDays", Settings.NO_WORK_DAYS);
            }
            Settings s = new Settings(list, days, amount(), new Business(businessName.get(), ownerName.get(),
                    businessAddress.get(), businessPhone.get(), signature.get()), paper.get(), time(), rules());
            error.set("");
            return Optional.of(s);
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Tier moves to make with the save: renamed tiers and removed tiers' clients, old name → new name. */
    public Map<String, String> moves() {
        Map<String, String> moves = new LinkedHashMap<>();
        for (TierRow t : tiers) {
            if (t.original != null && !t.original.equals(t.name.get().strip())) {
                moves.put(t.original, t.name.get().strip());
            }
        }
        removed.forEach((from, to) -> moves.put(from, finalName(to)));
        return moves;
    }

    private String finalName(String typedName) {
        return tiers.stream().filter(t -> t.original != null && t.original.equals(typedName)).findFirst()
                .map(t -> t.name.get().strip()).orElse(typedName);
    }

    private BigDecimal amount() {
        try {
            BigDecimal value = new BigDecimal(threshold.get().strip());
            if (value.signum() < 0) {
                throw new InvalidValueException("noteAmountThreshold", BAD_THRESHOLD);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("noteAmountThreshold", BAD_THRESHOLD);
        }
    }

    private LocalTime time() {
        try {
            return LocalTime.parse(reminderTime.get().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("reminderTime", BAD_TIME);
        }
    }

    private RuleSettings rules() {
        RecordComponent[] components = RuleSettings.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (types[i] == Set.class) {
                Set<FollowUpRule> on = EnumSet.noneOf(FollowUpRule.class);
                ruleOn.forEach((r, p) -> {
                    if (p.get()) {
                        on.add(r);
                    }
                });
                args[i] = on;
            } else {
                args[i] = numbers.get(components[i].getName()).get();
            }
        }
        try {
            return RuleSettings.class.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    List<TierRow> tierRows() {
        return new ArrayList<>(tiers);
    }
}
