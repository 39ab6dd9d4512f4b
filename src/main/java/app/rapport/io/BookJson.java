package app.rapport.io;

import java.time.format.DateTimeFormatter;

/** The names and formats shared by the book JSON reader and writer (FORMATS.md, "Book JSON"). */
final class BookJson {
    static final String FORMAT = "rapport-book";
    static final int VERSION = 1;
    /** Local date-times to the minute, as FORMATS.md writes {@code at}. */
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private BookJson() {
    }
}
