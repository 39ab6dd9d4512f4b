/**
 * Follow-up planning: the rules of RULES.md as pure functions of a client's facts, the owner's
 * settings and a date. Nothing here reads a file, a database or the screen.
 *
 * <p>{@link app.rapport.planning.Planner} asks one small rule class per rule for candidates,
 * applies the owner's decisions, drops GONE_QUIET where another follow-up serves it, and orders
 * the result. {@link app.rapport.planning.Health} scores a relationship.
 *
 * <p>Where RULES.md leaves a case open, planning decides as follows.
 * <ul>
 * <li>Only interactions on or before the as-of date count; a {@code ContactFact} dated later
 *     is ignored.</li>
 * <li>"Logged on or after P" compares dates: a log on the same day counts at any time.
 *     RECOVERY's "after N" compares date-times: a log on N's day counts only when its time is
 *     later. RECOVERY_CHECK_IN's R is the first recovery contact after N, and "after R's day"
 *     means a later date.</li>
 * <li>A decision applies to its occurrence key (client, rule, anchor); the latest one (by its
 *     time) counts. SKIP closes the occurrence; SNOOZE until U hides it while the as-of date is
 *     before U, then lists it as due on U; DONE changes nothing (the logged contact satisfies the
 *     rule). MANUAL follow-ups ignore decisions: their own status and due date say it all.</li>
 * <li>A skipped GONE_QUIET re-arms: the next occurrence is anchored on the skip's date (in the
 *     clock's zone) and due that date plus the cadence; a skipped re-armed occurrence re-arms
 *     again. Should a skip be dated on or before its own anchor, the next anchor is the day
 *     after, so that every occurrence keeps a key of its own.</li>
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
 *     else "call by 21 Nov" (a follow-up snoozed until a date shows on that date, so "today").</li>
 * </ul>
 */
package app.rapport.planning;
