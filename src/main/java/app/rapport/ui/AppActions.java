package app.rapport.ui;

/** What only the application can do: switch books and quit. */
public interface AppActions {
    void openSampleBook();

    void openOwnBook();

    void quit();
}
