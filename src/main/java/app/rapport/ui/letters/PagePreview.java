package app.rapport.ui.letters;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The pages of a letter as they print: pictures of the very PDF that goes to the printer, one
 * under the other, each on a sheet with a shadow, scaled to the width available.
 */
final class PagePreview {
    static final String STYLE_CLASS = "page-preview";
    static final String PAGES = "preview-pages";
    /** A page, on its sheet with a shadow. */
    static final String SHEET = "preview-sheet";
    static final String MESSAGE = "preview-message";
    /** How finely the pages are drawn for the screen, in dots per inch. */
    static final float DPI = 110;
    /** What the preview says, before the reason, when the pages could not be drawn. */
    static final String CANNOT_DRAW = "The preview could not be drawn: ";
    private static final double MAX_PAGE_WIDTH = 620;

    private final VBox pagesBox;
    private final ScrollPane scrollPane;

    /** Shows pages in {@code pages}, the content of {@code scroll} (both from the screen's FXML). */
    PagePreview(ScrollPane scroll, VBox pages) {
        scroll.setContent(pages);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(STYLE_CLASS);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setSpacing(16);
        pages.getStyleClass().add(PAGES);
        this.pagesBox = pages;
        this.scrollPane = scroll;
    }

    /** Converts the pages drawn by the service to images JavaFX can show (safe off the FX thread). */
    static List<Image> images(List<BufferedImage> pictures) {
        return pictures.stream().map(PagePreview::image).toList();
    }

    static Image image(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }

    void show(List<Image> images) {
        pagesBox.getChildren().clear();
        for (Image image : images) {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.min(MAX_PAGE_WIDTH, Math.max(120, scrollPane.getViewportBounds().getWidth() - 40)),
                    scrollPane.viewportBoundsProperty()));
            StackPane sheet = new StackPane(view);
            sheet.getStyleClass().add(SHEET);
            sheet.setMaxWidth(Region.USE_PREF_SIZE);
            pagesBox.getChildren().add(sheet);
        }
    }

    void message(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(MESSAGE);
        pagesBox.getChildren().setAll(label);
    }
}
