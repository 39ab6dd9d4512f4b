package app.rapport.service;

import app.rapport.model.Client;
import app.rapport.model.ClientRef;
import app.rapport.model.Interaction;
import java.util.List;
import java.util.Optional;

/**
 * Everything the client detail screen shows, read in one snapshot.
 *
 * @param version the client's version, to save it at once edited
 */
public record ClientDetails(Client client, long version, Optional<ClientRef> referrer, List<ClientRef> referred,
                            List<Interaction> timeline) {
    public ClientDetails {
        referred = List.copyOf(referred);
        timeline = List.copyOf(timeline);
    }
}
