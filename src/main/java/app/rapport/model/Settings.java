package app.rapport.model;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The owner's settings, stored in the book and carried by its JSON under {@code settings}. */
public record Settings(
        List<Tier> tiers,
        Set<DayOfWeek> workDays,
        BigDecimal noteAmountThreshold,
        Business business,
        PageSize paper,
        LocalTime reminderTime,
        RuleSettings rules) {

    public static final String NO_TIERS = "Keep at least one tier";
    public static final String NO_WORK_DAYS = "Choose at least one work day";
    public static final String DUPLICATE_TIER = "Two tiers have the same name";
    public static final String NOT_LETTER_PAPER = "The letter paper must be LETTER or A4";

    public Settings {
        tiers = List.copyOf(tiers == null || tiers.isEmpty() ? defaultTiers() : tiers);
        if (tiers.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).distinct().count() != tiers.size()) {
            throw new InvalidValueException("tiers", DUPLICATE_TIER);
        }
        workDays = workDays == null || workDays.isEmpty()
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(workDays);
        workDays = Set.copyOf(workDays);
        noteAmountThreshold = noteAmountThreshold == null ? new BigDecimal("500.00")
                : Amount.check("noteAmountThreshold", noteAmountThreshold);
        business = business == null ? Business.EMPTY : business;
        paper = paper == null ? PageSize.LETTER : paper;
        if (!paper.isLetterPaper()) {
            throw new InvalidValueException("paper", NOT_LETTER_PAPER);
        }
        reminderTime = reminderTime == null ? LocalTime.of(9, 0) : reminderTime;
        rules = rules == null ? RuleSettings.defaults() : rules;
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, null, null);
    }

    public static List<Tier> defaultTiers() {
        return List.of(new Tier("VIP", 30), new Tier("REGULAR", 90), new Tier("OCCASIONAL", 180));
    }

    public Optional<Tier> tier(String name) {
        return tiers.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Work days in week order, Monday first. */
    public List<DayOfWeek> workDaysInOrder() {
        return EnumSet.copyOf(workDays).stream().toList();
    }

    public Settings withTiers(List<Tier> value) {
        return new Settings(value, workDays, noteAmountThreshold, business, paper, reminderTime, rules);
    }

    public Settings withReminderTime(LocalTime value) {
        return new Settings(tiers, workDays, noteAmountThreshold, business, paper, value, rules);
    }

    public Settings withBusiness(Business value) {
        return new Settings(tiers, workDays, noteAmountThreshold, value, paper, reminderTime, rules);
    }

    public Settings withRules(RuleSettings value) {
        return new Settings(tiers, workDays, noteAmountThreshold, business, paper, reminderTime, value);
    }

    /** The cadence of a client's tier; a client without a tier, or with an unknown one, is REGULAR. */
    public int cadenceDays(String tierName) {
        return tier(tierName == null ? Tier.DEFAULT_NAME : tierName)
                .or(() -> tier(Tier.DEFAULT_NAME))
                .map(Tier::cadenceDays)
                .orElse(90);
    }
}
