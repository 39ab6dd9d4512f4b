package app.rapport.ui.clients;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A filter combo box whose first choice ("All tiers") stands for no filter (a null value). */
final class FilterChoice {
    private static final String ALL = "";

    private FilterChoice() {
    }

    static void bind(ComboBox<String> box, String allLabel, ObservableList<String> choices,
                     ObjectProperty<String> value, Function<String, String> display) {
        box.getItems().setAll(withAll(choices));
        choices.addListener((ListChangeListener<String>) c -> {
            String kept = value.get();
            box.getItems().setAll(withAll(choices));
            box.setValue(kept == null ? ALL : kept);
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String item) {
                return item == null || item.isEmpty() ? allLabel : display.apply(item);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setValue(ALL);
        box.valueProperty().addListener((obs, old, now) -> value.set(now == null || now.isEmpty() ? null : now));
        value.addListener((obs, old, now) -> box.setValue(now == null ? ALL : now));
    }

    private static List<String> withAll(List<String> choices) {
        return Stream.concat(Stream.of(ALL), choices.stream()).toList();
    }
}
