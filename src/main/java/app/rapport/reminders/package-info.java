/**
 * The daily reminder: when it shows ({@link DailyReminder}, driven by the wall clock it is given),
 * what it says ({@link DaySummary}), and the operating system's start-up entry
 * ({@link Autostart}). No JavaFX here.
 */
package app.rapport.reminders;
