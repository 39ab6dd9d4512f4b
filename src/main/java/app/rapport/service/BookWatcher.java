package app.rapport.service;

/**
 * Told what happens to a team book while it is open, on a thread of the listener's: another computer
 * (or a command) changed it, the connection to its server was lost, or it is back.
 */
public interface BookWatcher {
    /** Someone else changed the book: what shows should be read again. */
    void changedElsewhere();

    /** The server cannot be reached; {@code why} in one line. What was not saved was said where it failed. */
    void connectionLost(String why);

    /** The server is back; what changed meanwhile was not heard, so everything should be read again. */
    void reconnected();
}
