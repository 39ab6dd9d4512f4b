package app.rapport.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * The words of the local channel: one request, one reply, each a line of JSON (UTF-8, at most
 * {@link #MAX_LINE} bytes, ended by a newline). See the package description.
 */
public final class Protocol {
    /** Raised only for a change an older app would misread; a new request needs none. */
    public static final int VERSION = 1;
    /** The longest request line, in bytes. */
    public static final int MAX_LINE = 16 * 1024;
    /** The longest reply line a client reads, in bytes: a report of an import may be long. */
    public static final int MAX_REPLY = 4 * 1024 * 1024;
    /** How long a request may take to arrive, once connected. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

    public static final String VERSION_FIELD = "version";
    public static final String REQUEST = "request";
    public static final String BOOK = "book";
    public static final String OK = "ok";
    public static final String ERROR = "error";
    public static final String MESSAGE = "message";

    /** The reasons a request is refused ({@code error}); {@code message} says it in words. */
    public static final String UNKNOWN_REQUEST = "unknown-request";
    public static final String BAD_REQUEST = "bad-request";
    public static final String TOO_LONG = "too-long";
    public static final String UNSUPPORTED_VERSION = "unsupported-version";
    public static final String OTHER_BOOK = "other-book";
    public static final String FAILED = "failed";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Protocol() {
    }

    /** A request named {@code name} for the book {@code book} (see {@link ChannelPlace#book}); add its fields. */
    public static ObjectNode request(String name, String book) {
        ObjectNode r = JSON.createObjectNode();
        r.put(VERSION_FIELD, VERSION);
        r.put(REQUEST, name);
        r.put(BOOK, book);
        return r;
    }

    /** A reply saying the request was done; add its fields. */
    public static ObjectNode ok() {
        ObjectNode r = JSON.createObjectNode();
        r.put(VERSION_FIELD, VERSION);
        r.put(OK, true);
        return r;
    }

    /** A reply refusing the request, for the reason {@code error}, said in {@code message}. */
    public static ObjectNode refusal(String error, String message) {
        ObjectNode r = JSON.createObjectNode();
        r.put(VERSION_FIELD, VERSION);
        r.put(OK, false);
        r.put(ERROR, error);
        r.put(MESSAGE, message);
        return r;
    }

    /** The text field {@code name} of a request, or {@code null} when it is absent or JSON null. */
    static String text(JsonNode request, String name) throws BadRequest {
        JsonNode v = request.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRequest("\"" + name + "\" is text.");
        }
        return v.asText();
    }

    /** A request with a field missing or of the wrong type: refused as {@link #BAD_REQUEST}. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }

        ObjectNode refusal() {
            return Protocol.refusal(BAD_REQUEST, getMessage());
        }
    }

    /** Whether {@code reply} says the request was done. */
    public static boolean isOk(JsonNode reply) {
        return reply.path(OK).asBoolean(false);
    }

    static String line(JsonNode message) {
        try {
            return JSON.writeValueAsString(message) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A channel message could not be written", e);
        }
    }

    /** The JSON object on {@code line}, or null when it is not one. */
    static JsonNode parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
