package app.rapport.planning;

import app.rapport.model.ClientFacts;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpRule;
import app.rapport.model.RuleSettings;
import app.rapport.model.Settings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The pinned day most planning tests plan for, and short ways to plan one client. */
final class Plans {
    /** A Monday. */
    static final LocalDate AS_OF = LocalDate.parse("2026-11-23");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    static final Settings DEFAULTS = Settings.defaults();
    static final Planner PLANNER = new Planner(CLOCK);

    private Plans() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Settings with(RuleSettings rules) {
        return DEFAULTS.withRules(rules);
    }

    /** The client's open follow-ups of one rule on {@link #AS_OF}, default settings. */
    static List<FollowUp> plan(ClientFacts client, FollowUpRule rule) {
        return plan(client, DEFAULTS, AS_OF, rule);
    }

    static List<FollowUp> plan(ClientFacts client, String asOf, FollowUpRule rule) {
        return plan(client, DEFAULTS, day(asOf), rule);
    }

    static List<FollowUp> plan(ClientFacts client, Settings settings, FollowUpRule rule) {
        return plan(client, settings, AS_OF, rule);
    }

    static List<FollowUp> plan(ClientFacts client, Settings settings, LocalDate asOf, FollowUpRule rule) {
        return PLANNER.planClient(client, settings, asOf).stream().filter(f -> f.rule() == rule).toList();
    }

    /** The one follow-up of a rule, failing unless there is exactly one. */
    static FollowUp only(ClientFacts client, FollowUpRule rule) {
        List<FollowUp> found = plan(client, rule);
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + rule + " follow-up, found " + found);
        }
        return found.get(0);
    }
}
