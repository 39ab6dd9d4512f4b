package app.rapport.model;

import java.util.List;

/** The sender's block used by letters and envelopes. */
public record Business(String name, String ownerName, String address, String phone, String signature) {
    public static final Business EMPTY = new Business("", "", "", "", "");

    /** The address's lines, stripped, without blank ones. */
    public List<String> addressLines() {
        return Text.cleanList(List.of(address.split("\\R")));
    }

    public Business {
        name = Text.orEmpty(name);
        ownerName = Text.orEmpty(ownerName);
        address = Text.orEmpty(address);
        phone = Text.orEmpty(phone);
        signature = Text.orEmpty(signature);
    }
}
