package app.rapport.ui.clients;

import app.rapport.model.Birthday;
import app.rapport.model.Client;
import app.rapport.model.ClientRef;
import app.rapport.service.ClientDetails;
import app.rapport.ui.Formats;
import app.rapport.ui.Theme;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;

/** The label-and-value rows of the client detail. */
final class ClientFields {
    static final String VALUE = "field-value";
    /** A field with nothing in it ("—"). */
    static final String EMPTY = "field-empty";
    static final String TAG = "tag-chip";
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private ClientFields() {
    }

    static void fill(GridPane grid, ClientDetails details, Consumer<String> openClient, LocalDate today) {
        Client c = details.client();
        grid.getChildren().clear();
        int row = 0;
        row = add(grid, row, "Company", text(c.company()));
        row = add(grid, row, "Title", text(c.title()));
        row = add(grid, row, c.emails().size() > 1 ? "Emails" : "Email", text(String.join("\n", c.emails())));
        row = add(grid, row, c.phones().size() > 1 ? "Phones" : "Phone", text(String.join("\n", c.phones())));
        row = add(grid, row, "Address", text(String.join("\n", c.address().lines())));
        row = add(grid, row, "Birthday", text(birthday(c.birthday(), today)));
        row = add(grid, row, "Client since", text(since(c.clientSince(), today)));
        row = add(grid, row, "Added", text(Formats.date(LocalDate.ofInstant(c.addedAt(), ZoneId.systemDefault()))));
        row = add(grid, row, "Referred by", details.referrer().<Node>map(r -> link(r, openClient)).orElse(text("")));
        if (!details.referred().isEmpty()) {
            row = add(grid, row, "Referred", links(details.referred(), openClient));
        }
        row = add(grid, row, "Prefers", text(c.preferredChannel() == null ? "" : c.preferredChannel().label()));
        add(grid, row, "Tags", tags(c.tags()));
    }

    private static int add(GridPane grid, int row, String caption, Node value) {
        Label label = new Label(caption);
        label.getStyleClass().add(Theme.FIELD_CAPTION);
        grid.addRow(row, label, value);
        return row + 1;
    }

    private static Label text(String value) {
        Label label = new Label(value == null || value.isBlank() ? "—" : value);
        label.getStyleClass().add(value == null || value.isBlank() ? EMPTY : VALUE);
        label.setWrapText(true);
        return label;
    }

    private static Hyperlink link(ClientRef ref, Consumer<String> openClient) {
        Hyperlink link = new Hyperlink(ref.displayName());
        link.setOnAction(e -> openClient.accept(ref.id()));
        return link;
    }

    private static Node links(List<ClientRef> refs, Consumer<String> openClient) {
        FlowPane pane = new FlowPane(4, 2);
        refs.forEach(r -> pane.getChildren().add(link(r, openClient)));
        return pane;
    }

    private static Node tags(List<String> tags) {
        if (tags.isEmpty()) {
            return text("");
        }
        FlowPane pane = new FlowPane(6, 6);
        for (String tag : tags) {
            Label chip = new Label(tag);
            chip.getStyleClass().add(TAG);
            pane.getChildren().add(chip);
        }
        return pane;
    }

    static String birthday(Birthday birthday, LocalDate today) {
        if (birthday == null) {
            return "";
        }
        if (birthday.year() == null) {
            return MONTH_DAY.format(birthday.monthDay().atYear(2000));
        }
        LocalDate date = LocalDate.of(birthday.year(), birthday.month(), birthday.day());
        long age = ChronoUnit.YEARS.between(date, today);
        return Formats.date(date) + (age >= 0 ? " (" + age + ")" : "");
    }

    static String since(LocalDate since, LocalDate today) {
        if (since == null) {
            return "";
        }
        long years = ChronoUnit.YEARS.between(since, today);
        String span = years >= 1 ? " (" + years + (years == 1 ? " year)" : " years)") : "";
        return Formats.date(since) + span;
    }

}
