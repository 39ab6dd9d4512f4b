package app.rapport.ui.settings;

import app.rapport.model.FollowUpRule;
import java.util.List;

/** What each rule does in plain words, and which of its numbers the owner can change (RuleSettings names). */
final class RuleFields {
    record Number(String name, String label) {
    }

    record Row(FollowUpRule rule, String description, List<Number> numbers) {
    }

    static final List<Number> GENERAL = List.of(
            new Number("horizonDays", "Coming up shows the next (days)"),
            new Number("lateOccasionDays", "Birthdays and anniversaries stay listed for (days after)"));

    static final List<Row> ROWS = List.of(
            new Row(FollowUpRule.GONE_QUIET, "A client has not heard from you for their tier's cadence.",
                    List.of(new Number("atRiskMultiple", "At risk after (× cadence)"))),
            new Row(FollowUpRule.THANK_PURCHASE, "Thank a client after a purchase: a call, and a note for a first"
                    + " purchase or a large one.", List.of(
                    new Number("purchaseWindowDays", "Purchases of the last (days)"),
                    new Number("thankCallWorkDays", "Call within (work days)"),
                    new Number("thankNoteDays", "Note within (days)"))),
            new Row(FollowUpRule.RECOVERY, "Call after a complaint or a bad experience.", List.of(
                    new Number("recoveryWindowDays", "Problems of the last (days)"),
                    new Number("recoveryWorkDays", "Call within (work days)"))),
            new Row(FollowUpRule.RECOVERY_CHECK_IN, "Check in again after the recovery call.", List.of(
                    new Number("checkInDays", "Check in after (days)"))),
            new Row(FollowUpRule.THANK_REFERRER, "Thank whoever referred a new client with a note.", List.of(
                    new Number("referrerWindowDays", "New clients of the last (days)"),
                    new Number("referrerWorkDays", "Note within (work days)"))),
            new Row(FollowUpRule.BIRTHDAY, "A card before a client's birthday.", List.of(
                    new Number("birthdayLeadDays", "Card due (days before)"),
                    new Number("birthdayNoteWindowDays", "A card or gift in the last (days) counts"))),
            new Row(FollowUpRule.ANNIVERSARY, "A note on each yearly anniversary as a client.", List.of(
                    new Number("anniversaryWindowDays", "A contact in the last (days) counts"))),
            new Row(FollowUpRule.EARLY_CARE, "A care call a month after a first purchase.", List.of(
                    new Number("earlyCareWindowDays", "First purchases of the last (days)"),
                    new Number("earlyCareDueDays", "Call after (days)"),
                    new Number("earlyCareQuietDays", "Unless contacted after (days)"))),
            new Row(FollowUpRule.MANUAL, "Your own follow-ups.", List.of()));

    private RuleFields() {
    }
}
