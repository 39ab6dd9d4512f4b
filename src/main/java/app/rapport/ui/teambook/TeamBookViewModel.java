package app.rapport.ui.teambook;

import app.rapport.service.TeamBookAddress;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A team book being chosen: the server, its port, the database and the user, TLS, and the password
 * when this computer has none for it yet (remembered in {@code ~/.pgpass} only when asked).
 */
public final class TeamBookViewModel {
    /** TLS as the owner chooses it, and PostgreSQL's {@code sslmode} for it. */
    public enum Tls {
        PREFER("Use it when the server offers it", "prefer"),
        REQUIRE("Always (the server must offer it)", "require"),
        VERIFY("Always, and check the server's certificate", "verify-full"),
        OFF("Never", "disable");

        private final String label;
        private final String sslmode;

        Tls(String label, String sslmode) {
            this.label = label;
            this.sslmode = sslmode;
        }

        public String sslmode() {
            return sslmode;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What the owner asked for: where the book is, the password typed (if any) and whether to keep it. */
    public record Login(TeamBookAddress address, Optional<char[]> password, boolean remember) {
    }

    final StringProperty server = new SimpleStringProperty("");
    final StringProperty port = new SimpleStringProperty(Integer.toString(TeamBookAddress.DEFAULT_PORT));
    final StringProperty database = new SimpleStringProperty("rapport");
    final StringProperty user = new SimpleStringProperty("");
    final ObjectProperty<Tls> tls = new SimpleObjectProperty<>(Tls.PREFER);
    final StringProperty password = new SimpleStringProperty("");
    final BooleanProperty remember = new SimpleBooleanProperty(false);
    final StringProperty formError = new SimpleStringProperty("");

    /** @param systemUser the user when the owner names none (this computer's login name) */
    public TeamBookViewModel(String systemUser) {
        user.set(systemUser == null ? "" : systemUser);
    }

    /** Fills the form from a book opened before (its password is not kept here). */
    void fill(TeamBookAddress address) {
        server.set(address.host());
        port.set(Integer.toString(address.port()));
        database.set(address.database());
        user.set(address.user());
        tls.set(address.sslmode().flatMap(m -> Arrays.stream(Tls.values())
                .filter(t -> t.sslmode.equals(m)).findFirst()).orElse(Tls.PREFER));
    }

    /** The login, or empty with {@link #formError} saying what to fix. */
    public Optional<Login> login() {
        formError.set("");
        String host = server.get().strip();
        String db = database.get().strip();
        String who = user.get().strip();
        if (host.isEmpty() || db.isEmpty() || who.isEmpty()) {
            formError.set("Fill in the server, the database and the user.");
            return Optional.empty();
        }
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > 65535) {
            formError.set("The port is a number from 1 to 65535 (PostgreSQL's is 5432).");
            return Optional.empty();
        }
        if (host.contains("/") || host.contains("?") || host.contains(" ")) {
            formError.set("The server is a name or an address, such as db.example.com or 192.168.1.20.");
            return Optional.empty();
        }
        TeamBookAddress address = new TeamBookAddress(host, p, db, who, Optional.of(tls.get().sslmode()));
        String typed = password.get();
        return Optional.of(new Login(address, typed.isEmpty() ? Optional.empty() : Optional.of(typed.toCharArray()),
                remember.get() && !typed.isEmpty()));
    }
}
