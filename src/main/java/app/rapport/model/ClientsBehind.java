package app.rapport.model;

import java.util.List;

/**
 * The clients behind one of Insight's numbers, for the client list to show.
 *
 * @param banner what the list shows and how many, for the banner above it: "Clients at risk now (38)"
 * @param clientIds the clients' ids, sorted
 */
public record ClientsBehind(InsightFilter filter, String banner, List<String> clientIds) {
    public ClientsBehind {
        clientIds = List.copyOf(clientIds);
    }
}
