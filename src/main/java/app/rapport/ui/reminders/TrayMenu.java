package app.rapport.ui.reminders;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.net.URL;
import java.util.Optional;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system-tray icon (where the desktop has a tray): Open, Today's summary, Quit. AWT runs it on
 * its own thread; each choice is handed to the FX thread.
 */
final class TrayMenu implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrayMenu.class);

    private final TrayIcon icon;

    private TrayMenu(TrayIcon icon) {
        this.icon = icon;
    }

    static boolean supported() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            LOG.info("No system tray here", e);
            return false;
        }
    }

    /** Adds the icon; empty when the desktop has no tray. */
    static Optional<TrayMenu> add(URL image, Runnable open, Runnable summary, Runnable quit) {
        if (!supported()) {
            return Optional.empty();
        }
        try {
            Image picture = Toolkit.getDefaultToolkit().getImage(image);
            PopupMenu menu = new PopupMenu();
            menu.add(item("Open Rapport", open));
            menu.add(item("Today's summary", summary));
            menu.addSeparator();
            menu.add(item("Quit Rapport", quit));
            TrayIcon icon = new TrayIcon(picture, "Rapport", menu);
            icon.setImageAutoSize(true);
            icon.addActionListener(e -> Platform.runLater(open));
            SystemTray.getSystemTray().add(icon);
            return Optional.of(new TrayMenu(icon));
        } catch (AWTException | RuntimeException e) {
            LOG.info("The tray icon could not be added", e);
            return Optional.empty();
        }
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.addActionListener(e -> Platform.runLater(action));
        return item;
    }

    @Override
    public void close() {
        EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
    }
}
