package app.rapport.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view: {@code ui/<screen>/<Name>.fxml} with its controller given by the caller, and
 * {@code <Name>.css} beside it when there is one. A missing resource fails at once, naming its path.
 */
public final class Views {
    private Views() {
    }

    /** Loads the FXML named after the controller's class ({@code ClientListController} → {@code ClientList.fxml}). */
    public static <T extends Parent> T load(Object controller) {
        Class<?> type = controller.getClass();
        String base = type.getSimpleName().replaceFirst("Controller$", "");
        URL fxml = resource(type, base + ".fxml");
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setController(controller);
        try {
            T root = loader.load();
            URL css = type.getResource(base + ".css");
            if (css != null) {
                root.getStylesheets().add(css.toExternalForm());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + fxml, e);
        }
    }

    /** A resource next to {@code type}, or an exception naming the missing path. */
    public static URL resource(Class<?> type, String name) {
        URL url = type.getResource(name);
        if (url == null) {
            String path = "/" + type.getPackageName().replace('.', '/') + "/" + name;
            throw new IllegalStateException("Missing resource " + path);
        }
        return url;
    }

    /**
     * Runs {@code then} with the node's scene: at once when it is in one, else when it is first put
     * in one (a view built before its window's scene exists).
     */
    public static void onceInScene(javafx.scene.Node node, java.util.function.Consumer<javafx.scene.Scene> then) {
        if (node.getScene() != null) {
            then.accept(node.getScene());
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                    javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    then.accept(now);
                }
            }
        });
    }

    /**
     * Runs {@code then} once, on the FX thread, after the first layout pulse of {@code scene} at
     * which {@code ready} holds (its next frame is drawn right after).
     */
    public static void afterLayoutWhen(javafx.scene.Scene scene, java.util.function.BooleanSupplier ready,
            Runnable then) {
        Runnable[] listener = new Runnable[1];
        boolean[] ran = {false};
        listener[0] = () -> {
            if (!ran[0] && ready.getAsBoolean()) {
                ran[0] = true;
                then.run();
                // Not removed while the scene runs its listeners.
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
