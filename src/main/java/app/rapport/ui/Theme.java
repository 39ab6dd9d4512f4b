package app.rapport.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app's look: AtlantaFX's Primer Light as the base, with Rapport's own stylesheet on top. */
public final class Theme {
    public static final String STYLESHEET = "theme/rapport.css";
    public static final String ICON = "theme/rapport-icon.png";

    private Theme() {
    }

    /** A scene with Rapport's look (and AtlantaFX's Primer Light as the user-agent stylesheet). */
    public static Scene scene(Parent root) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Views.resource(Theme.class, STYLESHEET).toExternalForm());
        return scene;
    }

    public static void setIcons(Stage stage) {
        stage.getIcons().add(new Image(Views.resource(Theme.class, ICON).toExternalForm()));
    }
}
