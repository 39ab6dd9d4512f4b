package app.rapport.store;

import app.rapport.model.Business;
import app.rapport.model.FollowUpRule;
import app.rapport.model.PageSize;
import app.rapport.model.RecordVersion;
import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import app.rapport.model.Tier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings, in either kind of book (the same SQL on both): tiers in their own table, the rest as
 * named values.
 */
final class SqlSettingsRepository implements SettingsRepository {
    private static final String WORK_DAYS = "settings.workDays";
    private static final String NOTE_THRESHOLD = "settings.noteAmountThreshold";
    private static final String PAPER = "settings.paper";
    private static final String REMINDER = "settings.reminderTime";
    private static final String BUSINESS = "settings.business.";
    private static final String RULES = "settings.rules.";

    private final Connection connection;

    SqlSettingsRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Settings load() {
        List<Tier> tiers = Jdbc.list(connection, "SELECT name, cadence_days FROM tiers ORDER BY position, name",
                rs -> new Tier(rs.getString(1), rs.getInt(2)));
        Map<String, String> values = new LinkedHashMap<>();
        Jdbc.each(connection, "SELECT key, value FROM settings WHERE key LIKE 'settings.%'",
                rs -> Map.entry(rs.getString(1), rs.getString(2)), e -> values.put(e.getKey(), e.getValue()));
        Set<DayOfWeek> workDays = null;
        if (values.containsKey(WORK_DAYS)) {
            workDays = EnumSet.noneOf(DayOfWeek.class);
            for (String day : values.get(WORK_DAYS).split(",")) {
                if (!day.isBlank()) {
                    workDays.add(DayOfWeek.valueOf(day.strip()));
                }
            }
        }
        String threshold = values.get(NOTE_THRESHOLD);
        String paper = values.get(PAPER);
        String reminder = values.get(REMINDER);
        Business business = new Business(values.get(BUSINESS + "name"), values.get(BUSINESS + "ownerName"),
                values.get(BUSINESS + "address"), values.get(BUSINESS + "phone"), values.get(BUSINESS + "signature"));
        return new Settings(tiers, workDays, threshold == null ? null : new BigDecimal(threshold), business,
                paper == null ? null : PageSize.valueOf(paper), reminder == null ? null : LocalTime.parse(reminder),
                loadRules(values));
    }

    /** Rule settings are kept one named value per number, so a newer Rapport can add numbers. */
    private static RuleSettings loadRules(Map<String, String> values) {
        RecordComponent[] components = RuleSettings.class.getRecordComponents();
        RuleSettings defaults = RuleSettings.defaults();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                String stored = values.get(RULES + c.getName());
                if (c.getName().equals("enabled")) {
                    args[i] = stored == null ? null : Arrays.stream(stored.split(",")).filter(v -> !v.isBlank())
                            .map(v -> FollowUpRule.valueOf(v.strip())).collect(Collectors.toSet());
                } else {
                    args[i] = stored == null ? c.getAccessor().invoke(defaults) : Integer.valueOf(stored);
                }
            }
            return RuleSettings.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new StoreException("The book's rule settings cannot be read: " + e.getMessage(), e);
        }
    }

    private void saveRules(RuleSettings rules) {
        try {
            for (RecordComponent c : RuleSettings.class.getRecordComponents()) {
                Object value = c.getAccessor().invoke(rules);
                if (value instanceof Set<?> set) {
                    value = set.stream().map(r -> ((FollowUpRule) r)).sorted()
                            .map(Enum::name).collect(Collectors.joining(","));
                }
                putValue(RULES + c.getName(), String.valueOf(value));
            }
        } catch (ReflectiveOperationException e) {
            throw new StoreException("The rule settings cannot be saved: " + e.getMessage(), e);
        }
    }

    @Override
    public void save(Settings s) {
        Jdbc.update(connection, "UPDATE settings_version SET " + Versions.BUMP, null, null);
        write(s);
    }

    @Override
    public boolean save(Settings s, long version, String by, Instant at) {
        if (Jdbc.update(connection, "UPDATE settings_version SET " + Versions.BUMP + " WHERE id = 1"
                + Versions.AT_VERSION, by, at, version) == 0) {
            return false;
        }
        write(s);
        return true;
    }

    @Override
    public RecordVersion version() {
        return Jdbc.one(connection, "SELECT " + Versions.COLUMNS + " FROM settings_version", Versions::read)
                .orElse(RecordVersion.NONE);
    }

    private void write(Settings s) {
        Jdbc.update(connection, "DELETE FROM tiers");
        int position = 0;
        for (Tier tier : s.tiers()) {
            Jdbc.update(connection, "INSERT INTO tiers (name, cadence_days, position) VALUES (?, ?, ?)",
                    tier.name(), tier.cadenceDays(), position++);
        }
        putValue(WORK_DAYS, s.workDaysInOrder().stream().map(Enum::name).collect(Collectors.joining(",")));
        putValue(NOTE_THRESHOLD, s.noteAmountThreshold().toPlainString());
        putValue(PAPER, s.paper().name());
        putValue(REMINDER, s.reminderTime().toString());
        Business b = s.business();
        putValue(BUSINESS + "name", b.name());
        putValue(BUSINESS + "ownerName", b.ownerName());
        putValue(BUSINESS + "address", b.address());
        putValue(BUSINESS + "phone", b.phone());
        putValue(BUSINESS + "signature", b.signature());
        saveRules(s.rules());
    }

    @Override
    public boolean isCustomised() {
        return Jdbc.count(connection, "SELECT count(*) FROM settings WHERE key LIKE 'settings.%'") > 0;
    }

    @Override
    public Optional<String> value(String key) {
        return Jdbc.one(connection, "SELECT value FROM settings WHERE key = ?", rs -> rs.getString(1), key);
    }

    @Override
    public void putValue(String key, String value) {
        Jdbc.update(connection, "INSERT INTO settings (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

}
