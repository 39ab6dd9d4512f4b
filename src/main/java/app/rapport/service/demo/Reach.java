package app.rapport.service.demo;

import app.rapport.model.Client;

/**
 * How the owner can reach a sample client: by phone, by email, by post; and whether it is a
 * business, which the owner may drop in on. Contacts the owner makes keep to these.
 */
record Reach(boolean phone, boolean email, boolean post, boolean business) {
    static Reach of(Client client) {
        return new Reach(!client.phones().isEmpty(), !client.emails().isEmpty(), !client.address().isEmpty(),
                !client.company().isEmpty());
    }
}
