package app.rapport.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Reads FORMATS.md's book JSON record by record (a large book is never held whole), checks each
 * record and hands it to a {@link BookSink}. Top-level parts may come in any order; unknown
 * fields are ignored. Anything wrong stops the reading with a {@link BookFormatException} that
 * names the record.
 */
public final class BookJsonReader {
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final JsonRecords records;

    /** @param defaultAddedAt the time a client without {@code addedAt} and {@code clientSince} was added */
    public BookJsonReader(Instant defaultAddedAt) {
        this.records = new JsonRecords(defaultAddedAt);
    }

    public void read(InputStream in, BookSink sink) throws IOException {
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BookFormatException("This is not a Rapport book: the file does not hold a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> checkFormat(p);
                    case "version" -> checkVersion(p);
                    case "settings" -> {
                        String where = where(p, "settings");
                        ObjectNode settings = object(p, "settings");
                        sink.settings(records.settings(settings, where));
                        // Templates are read beside the settings too, where some writers put them.
                        int index = 0;
                        for (JsonNode t : settings.path("templates")) {
                            index++;
                            String at = "template #" + index + " of the settings";
                            if (!t.isObject()) {
                                throw new BookFormatException(at + ": must be a JSON object");
                            }
                            sink.template(records.template((ObjectNode) t, at), at);
                        }
                    }
                    case "clients" -> each(p, "client", (node, where) -> sink.client(records.client(node, where), where));
                    case "interactions" -> each(p, "interaction",
                            (node, where) -> sink.interaction(records.interaction(node, where), where));
                    case "followUps" -> each(p, "follow-up",
                            (node, where) -> sink.followUp(records.followUp(node, where), where));
                    case "templates" -> each(p, "template",
                            (node, where) -> sink.template(records.template(node, where), where));
                    case "decisions" -> each(p, "decision",
                            (node, where) -> sink.decision(records.decision(node, where), where));
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new BookFormatException("The book file has something after its end (line "
                        + p.currentLocation().getLineNr() + ")");
            }
        } catch (JsonParseException e) {
            throw new BookFormatException("The book file is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        }
    }

    private static void checkFormat(JsonParser p) throws IOException {
        String format = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : p.readValueAsTree().toString();
        if (!BookJson.FORMAT.equals(format)) {
            throw new BookFormatException("This is not a Rapport book: its format is \"" + format + "\", not \""
                    + BookJson.FORMAT + "\"");
        }
    }

    private static void checkVersion(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new BookFormatException("The book's version must be a whole number (line "
                    + p.currentLocation().getLineNr() + ")");
        }
        int version = p.getIntValue();
        if (version > BookJson.VERSION) {
            throw new BookFormatException("This book was written by a newer Rapport (book version " + version
                    + "); this Rapport reads version " + BookJson.VERSION + ". Update Rapport to import it.");
        }
        if (version < 1) {
            throw new BookFormatException("The book's version " + version + " is not one Rapport knows");
        }
    }

    private interface RecordHandler {
        void handle(ObjectNode node, String where);
    }

    private void each(JsonParser p, String what, RecordHandler handler) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new BookFormatException("The book's " + what + "s must be a list (line "
                    + p.currentLocation().getLineNr() + ")");
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            index++;
            long line = p.currentLocation().getLineNr();
            JsonNode node = mapper.readTree(p);
            String id = node != null && node.path("id").isTextual() ? node.path("id").asText() : "";
            String where = what + (id.isBlank() ? " #" + index : " " + id) + " (line " + line + ")";
            if (node == null || !node.isObject()) {
                throw new BookFormatException(where + ": must be a JSON object");
            }
            handler.handle((ObjectNode) node, where);
        }
    }

    private ObjectNode object(JsonParser p, String what) throws IOException {
        JsonNode node = mapper.readTree(p);
        if (node == null || node.isNull()) {
            return mapper.createObjectNode();
        }
        if (!node.isObject()) {
            throw new BookFormatException("The book's " + what + " must be a JSON object");
        }
        return (ObjectNode) node;
    }

    private static String where(JsonParser p, String what) {
        return what + " (line " + p.currentLocation().getLineNr() + ")";
    }
}
