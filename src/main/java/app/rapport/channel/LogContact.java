package app.rapport.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * The request {@code log}: {@code rapport log} run while the app has the book open hands the
 * contact to the app, which checks it as the command would, writes it, shows it at once, and
 * replies with the new contact's id once it is written. The fields are the command's options, as
 * text (absent for an option not given):
 * <pre>
 * {"version":1,"request":"log","book":"...","client":"c-0001","kind":"PURCHASE","amount":"45.00"}
 * {"version":1,"ok":true,"id":"i-000123"}
 * </pre>
 */
public final class LogContact implements ChannelServer.Handler {
    public static final String NAME = "log";
    /** The reply's field: the new contact's id. */
    public static final String ID = "id";

    /** A contact as {@code rapport log} gives it: each value text, {@code null} when not given. */
    public record Contact(String client, String kind, String at, String direction, String experience, String amount,
                          String summary, String notes) {
    }

    private final Function<Contact, String> log;

    /**
     * @param log checks and writes the contact (on the channel's thread), returning its id; what it
     *        throws refuses the request as {@link Protocol#FAILED}, its message the reason in words
     */
    public LogContact(Function<Contact, String> log) {
        this.log = log;
    }

    /** The request {@code rapport log} sends. */
    public static ObjectNode request(String book, Contact c) {
        ObjectNode r = Protocol.request(NAME, book);
        r.put("client", c.client());
        r.put("kind", c.kind());
        r.put("at", c.at());
        r.put("direction", c.direction());
        r.put("experience", c.experience());
        r.put("amount", c.amount());
        r.put("summary", c.summary());
        r.put("notes", c.notes());
        return r;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ObjectNode handle(JsonNode request) {
        Contact contact;
        try {
            contact = new Contact(Protocol.text(request, "client"), Protocol.text(request, "kind"),
                    Protocol.text(request, "at"), Protocol.text(request, "direction"),
                    Protocol.text(request, "experience"), Protocol.text(request, "amount"),
                    Protocol.text(request, "summary"), Protocol.text(request, "notes"));
        } catch (Protocol.BadRequest e) {
            return e.refusal();
        }
        if (contact.client() == null || contact.kind() == null) {
            return Protocol.refusal(Protocol.BAD_REQUEST, "A log request names the client and the kind.");
        }
        ObjectNode reply = Protocol.ok();
        reply.put(ID, log.apply(contact));
        return reply;
    }
}
