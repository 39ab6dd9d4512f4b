/**
 * The daily reminder: when it shows ({@link app.rapport.reminders.DailyReminder}, driven by the
 * wall clock it is given), what it says ({@link app.rapport.reminders.DaySummary}), and the
 * operating system's start-up entry ({@link app.rapport.reminders.Autostart}). No JavaFX here.
 */
package app.rapport.reminders;
