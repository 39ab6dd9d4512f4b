package app.rapport.ui.clients;

import app.rapport.model.Experience;
import app.rapport.model.Interaction;
import app.rapport.ui.Formats;
import app.rapport.ui.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One contact in a client's timeline: kind icon, what and when, and how it went at a glance. */
final class TimelineCell extends ListCell<Interaction> {
    static final String ENTRY = "timeline-entry";
    static final String KIND = "kind-badge";
    static final String KIND_ICON = "kind-icon";
    static final String TITLE = "timeline-title";
    static final String WHEN = "timeline-when";
    static final String NOTES = "timeline-notes";
    static final String EXPERIENCE = "experience-chip";
    static final String POSITIVE = "experience-positive";
    static final String NEUTRAL = "experience-neutral";
    static final String NEGATIVE = "experience-negative";

    private final StackPane badge = new StackPane();
    private final Label title = new Label();
    private final Label when = new Label();
    private final Label notes = new Label();
    private final Label experience = new Label();
    private final HBox box;

    TimelineCell() {
        badge.getStyleClass().add(KIND);
        title.getStyleClass().add(TITLE);
        when.getStyleClass().add(WHEN);
        notes.getStyleClass().add(NOTES);
        notes.setWrapText(true);
        notes.setMaxHeight(60);
        title.setWrapText(true);
        experience.getStyleClass().add(EXPERIENCE);
        experience.setMinWidth(Region.USE_PREF_SIZE); // "Positive" whole, however long the title beside it
        VBox text = new VBox(2, title, when, notes);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        box = new HBox(12, badge, text, experience);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add(ENTRY);
        // As wide as the timeline, not as the longest title: a wider cell ran past the list's right
        // edge, badge and all, behind a horizontal scroll bar.
        setPrefWidth(0);
    }

    /** As tall as the entry needs at the timeline's width: a long title wraps instead of ending in "…". */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() != box || width <= 0) {
            return super.computePrefHeight(width);
        }
        return snappedTopInset() + box.prefHeight(width - snappedLeftInset() - snappedRightInset())
                + snappedBottomInset();
    }

    @Override
    protected void updateItem(Interaction item, boolean empty) {
        super.updateItem(item, empty);
        box.getStyleClass().removeAll(POSITIVE, NEUTRAL, NEGATIVE);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        box.getStyleClass().add(styleOf(item.experience()));
        badge.getChildren().setAll(Icons.icon(Icons.of(item.kind()), KIND_ICON));
        title.setText(item.kind().label() + (item.summary().isBlank() ? "" : " · " + item.summary()));
        StringBuilder line = new StringBuilder(Formats.dateTime(item.at())).append(" · ")
                .append(item.direction().label());
        if (item.amount() != null) {
            line.append(" · ").append(Formats.amount(item.amount()));
        }
        if (item.by() != null) {
            line.append(" · by ").append(item.by());
        }
        when.setText(line.toString());
        String firstLines = item.notes().lines().limit(3).reduce((a, b) -> a + "\n" + b).orElse("");
        notes.setText(firstLines);
        notes.setVisible(!firstLines.isBlank());
        notes.setManaged(!firstLines.isBlank());
        experience.setText(item.experience() == Experience.NEUTRAL ? "" : item.experience().label());
        experience.setGraphic(Icons.icon(Icons.of(item.experience())));
        setGraphic(box);
        setText(null);
        setAccessibleText(title.getText() + ", " + when.getText() + ", " + item.experience().label());
    }

    static String styleOf(Experience experience) {
        return switch (experience) {
            case POSITIVE -> POSITIVE;
            case NEUTRAL -> NEUTRAL;
            case NEGATIVE -> NEGATIVE;
        };
    }
}
