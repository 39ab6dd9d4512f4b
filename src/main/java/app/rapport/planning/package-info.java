/**
 * Follow-up planning: the rules of RULES.md as pure functions of a client's facts, the owner's
 * settings and a date. Nothing here reads a file, a database or the screen.
 *
 * <p>{@link Planner} asks one small rule class per rule for candidates, applies the owner's
 * decisions, drops GONE_QUIET where another follow-up serves it, and orders the result. {@link Health} scores a
 * relationship.
 *
 * <p>Where RULES.md leaves a case open, planning decides as follows.
 * <ul>
 * <li>Only interactions on or before the as-of date count; a {@code ContactFact} dated later
 *     is ignored.</li>
 * <li>"Logged on or after P" compares dates: a log on the same day counts at any time.
 *     RECOVERY's "after N" compares date-times: a log on N's day counts only when its time is
 *     later. RECOVERY_CHECK_IN's R is the first recovery contact after N, and "after R's day"
 *     means a later date.</li>
 * <li>A decision applies to its occurrence key (client, rule, anchor). DONE records the action
 *     done and closes the follow-up with that action for good, whatever contact was logged (a
 *     THANK_PURCHASE call and its note share a key and are done apart; a DONE from an older book,
 *     with no action, closes the whole occurrence, except THANK_PURCHASE's, where the logged
 *     contacts decide as they did). Otherwise the latest SNOOZE or SKIP (by its time) counts: SKIP
 *     closes the occurrence; SNOOZE until U hides it while the as-of date is before U, then lists
 *     it as due on U. MANUAL follow-ups ignore decisions: their own status and due date say it
 *     all.</li>
 * <li>A skipped or done GONE_QUIET re-arms: the next occurrence is anchored on the decision's date
 *     (in the clock's zone) and due that date plus the cadence (a Done usually logs a contact that
 *     moves the last contact anyway); a closed re-armed occurrence re-arms again. Should the
 *     decision be dated on or before its own anchor, the next anchor is the day after, so that
 *     every occurrence keeps a key of its own.</li>
 * <li>BIRTHDAY and ANNIVERSARY's week after the day (a belated card counts) is the same
 *     {@code lateOccasionDays} that keeps a past occasion on the list.</li>
 * <li>Decisions count whenever they were made, even after the as-of date.</li>
 * <li>The logs that satisfy THANK_PURCHASE, THANK_REFERRER, BIRTHDAY and ANNIVERSARY count in
 *     either direction (an inbound CALL marks an anniversary); RECOVERY, RECOVERY_CHECK_IN and
 *     EARLY_CARE need outbound contacts, as RULES.md says.</li>
 * <li>Clients referred by the same client who joined on the same day share one occurrence key,
 *     so they make one THANK_REFERRER follow-up naming them all; a REFERRAL interaction on that
 *     day is the same occurrence.</li>
 * <li>GONE_QUIET is dropped when any other open follow-up of the client, whatever its due date,
 *     is due on or before it.</li>
 * <li>Every rule can be switched off in {@code RuleSettings}, MANUAL included, and every day
 *     count comes from there.</li>
 * <li>Reasons are worded for the as-of date: "call today" once the rule's due date has come,
 *     else "call by 21 Nov" (a follow-up snoozed until a date shows on that date, so "today").
 *     GONE_QUIET not yet due says what its date comes from: "Last contact 2 Dec; Regular clients
 *     hear from you every 90 days: call by 2 Mar."</li>
 * </ul>
 */
package app.rapport.planning;
