package app.rapport.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The day counts and thresholds of RULES.md, each one the owner's to change, and which rules
 * are on. The defaults are RULES.md's numbers. Carried by the book JSON under
 * {@code settings.rules}.
 */
public record RuleSettings(
        Set<FollowUpRule> enabled,
        int horizonDays,
        int atRiskMultiple,
        int purchaseWindowDays,
        int thankCallWorkDays,
        int thankNoteDays,
        int recoveryWindowDays,
        int recoveryWorkDays,
        int checkInDays,
        int referrerWindowDays,
        int referrerWorkDays,
        int birthdayLeadDays,
        int birthdayNoteWindowDays,
        int anniversaryWindowDays,
        int lateOccasionDays,
        int earlyCareWindowDays,
        int earlyCareDueDays,
        int earlyCareQuietDays) {

    /** How far back a client's health looks at positive and negative contacts. */
    public static final int HEALTH_WINDOW_DAYS = 90;
    public static final int MAX_DAYS = 3650;
    public static final int MAX_AT_RISK_MULTIPLE = 100;
    public static final String DAYS_RANGE = "Day counts go from 0 to " + MAX_DAYS + " (ten years)";
    public static final String AT_RISK_MULTIPLE = "The at-risk multiple goes from 1 to " + MAX_AT_RISK_MULTIPLE;

    public RuleSettings {
        enabled = enabled == null ? EnumSet.allOf(FollowUpRule.class) : Set.copyOf(enabled);
        int[] days = {horizonDays, purchaseWindowDays, thankCallWorkDays, thankNoteDays, recoveryWindowDays,
                recoveryWorkDays, checkInDays, referrerWindowDays, referrerWorkDays, birthdayLeadDays,
                birthdayNoteWindowDays, anniversaryWindowDays, lateOccasionDays, earlyCareWindowDays,
                earlyCareDueDays, earlyCareQuietDays};
        String[] names = {"horizonDays", "purchaseWindowDays", "thankCallWorkDays", "thankNoteDays",
                "recoveryWindowDays", "recoveryWorkDays", "checkInDays", "referrerWindowDays", "referrerWorkDays",
                "birthdayLeadDays", "birthdayNoteWindowDays", "anniversaryWindowDays", "lateOccasionDays",
                "earlyCareWindowDays", "earlyCareDueDays", "earlyCareQuietDays"};
        for (int i = 0; i < days.length; i++) {
            if (days[i] < 0 || days[i] > MAX_DAYS) {
                throw new InvalidValueException(names[i], DAYS_RANGE);
            }
        }
        if (atRiskMultiple < 1 || atRiskMultiple > MAX_AT_RISK_MULTIPLE) {
            throw new InvalidValueException("atRiskMultiple", AT_RISK_MULTIPLE);
        }
    }

    public static RuleSettings defaults() {
        return new RuleSettings(null, 7, 2, 30, 2, 7, 60, 1, 14, 60, 3, 7, 30, 14, 7, 60, 30, 7);
    }

    public boolean isOn(FollowUpRule rule) {
        return enabled.contains(rule);
    }

    /** How many days before the as-of date planning must see the log to apply every rule. */
    public int lookbackDays() {
        int windows = Math.max(Math.max(purchaseWindowDays, recoveryWindowDays),
                Math.max(referrerWindowDays, earlyCareWindowDays));
        int occasions = lateOccasionDays + Math.max(birthdayNoteWindowDays, anniversaryWindowDays);
        return Math.max(windows, occasions) + 1;
    }

    /**
     * The earliest anchor {@code rule} can propose when planning {@code asOf}: a decision on an older
     * anchor can no longer apply. Empty for GONE_QUIET, anchored on the last contact however long ago
     * (or a later skip or done), and for MANUAL, which keeps its state in its own row.
     */
    public Optional<LocalDate> earliestAnchor(FollowUpRule rule, LocalDate asOf) {
        return switch (rule) {
            case THANK_PURCHASE -> Optional.of(asOf.minusDays(purchaseWindowDays));
            case RECOVERY, RECOVERY_CHECK_IN -> Optional.of(asOf.minusDays(recoveryWindowDays));
            case THANK_REFERRER -> Optional.of(asOf.minusDays(referrerWindowDays));
            case EARLY_CARE -> Optional.of(asOf.minusDays(earlyCareWindowDays));
            case BIRTHDAY, ANNIVERSARY -> Optional.of(asOf.minusDays(lateOccasionDays));
            case GONE_QUIET, MANUAL -> Optional.empty();
        };
    }

    /** How far back the log must be seen to plan and to score health too. */
    public int healthLookbackDays() {
        return Math.max(lookbackDays(), HEALTH_WINDOW_DAYS + 1);
    }

    public RuleSettings withHorizonDays(int value) {
        return new RuleSettings(enabled, value, atRiskMultiple, purchaseWindowDays, thankCallWorkDays,
                thankNoteDays, recoveryWindowDays, recoveryWorkDays, checkInDays, referrerWindowDays,
                referrerWorkDays, birthdayLeadDays, birthdayNoteWindowDays, anniversaryWindowDays, lateOccasionDays,
                earlyCareWindowDays, earlyCareDueDays, earlyCareQuietDays);
    }
}
