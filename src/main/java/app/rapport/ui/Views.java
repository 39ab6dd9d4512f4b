package app.rapport.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.WindowEvent;

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
     * While {@code view} is in a window, closing the window asks {@code canLeave} first (which may
     * ask the owner about unsaved changes); false keeps the window open.
     */
    public static void askBeforeClosing(Node view, BooleanSupplier canLeave) {
        EventHandler<WindowEvent> closing = e -> {
            if (!canLeave.getAsBoolean()) {
                e.consume();
            }
        };
        // The window the view is in: none once it leaves the window, or the window shows another scene.
        view.sceneProperty().flatMap(Scene::windowProperty).addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
            }
            if (now != null) {
                now.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
            }
        });
    }

    /**
     * Runs {@code then} with the node's scene: at once when it is in one, else when it is first put
     * in one (a view built before its window's scene exists).
     */
    public static void onceInScene(Node node, Consumer<Scene> then) {
        if (node.getScene() != null) {
            then.accept(node.getScene());
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o,
                    Scene was, Scene now) {
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
    public static void afterLayoutWhen(Scene scene, BooleanSupplier ready,
            Runnable then) {
        Runnable[] listener = new Runnable[1];
        boolean[] ran = {false};
        listener[0] = () -> {
            if (!ran[0] && ready.getAsBoolean()) {
                ran[0] = true;
                then.run();
                // Not removed while the scene runs its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
