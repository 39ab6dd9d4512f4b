package app.rapport.testutil;

import app.rapport.model.FollowUpRule;
import app.rapport.model.RuleSettings;
import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * RuleSettings for tests, by name rather than by position:
 * {@code rules().set("purchaseWindowDays", 10).off(FollowUpRule.BIRTHDAY).build()}. Unset values
 * are RULES.md's defaults.
 */
public final class RuleSettingsBuilder {
    private final Map<String, Object> values = new HashMap<>();

    public static RuleSettingsBuilder rules() {
        return new RuleSettingsBuilder();
    }

    public RuleSettingsBuilder set(String component, int value) {
        if (component.equals("enabled") || !hasComponent(component)) {
            throw new IllegalArgumentException("RuleSettings has no day count " + component);
        }
        values.put(component, value);
        return this;
    }

    public RuleSettingsBuilder off(FollowUpRule... rules) {
        Set<FollowUpRule> on = EnumSet.allOf(FollowUpRule.class);
        on.removeAll(Set.of(rules));
        values.put("enabled", on);
        return this;
    }

    public RuleSettingsBuilder only(FollowUpRule... rules) {
        values.put("enabled", Set.of(rules));
        return this;
    }

    public RuleSettings build() {
        try {
            RuleSettings defaults = RuleSettings.defaults();
            RecordComponent[] components = RuleSettings.class.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = values.containsKey(components[i].getName()) ? values.get(components[i].getName())
                        : components[i].getAccessor().invoke(defaults);
            }
            return RuleSettings.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hasComponent(String name) {
        for (RecordComponent c : RuleSettings.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
