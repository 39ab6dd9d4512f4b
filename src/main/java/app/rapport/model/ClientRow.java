package app.rapport.model;

import java.time.LocalDate;
import java.util.List;

/** One line of the client table: what the list shows, without the whole client. */
public record ClientRow(
        String id,
        String displayName,
        String company,
        String tier,
        LocalDate lastContact,
        List<String> tags,
        boolean archived,
        boolean doNotContact) {

    public ClientRow {
        tags = List.copyOf(tags);
    }
}
