package app.rapport.letters;

import app.rapport.model.PageSize;
import java.util.List;

/** The day's calls on paper: whom, at which number, why, and room to write. */
public record CallSheet(String title, PageSize page, List<Row> rows) {
    /** One call. */
    public record Row(String name, String phones, String reason, String due) {
    }

    public CallSheet {
        rows = List.copyOf(rows);
    }
}
