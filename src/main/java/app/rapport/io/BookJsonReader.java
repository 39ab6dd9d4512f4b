package app.rapport.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads FORMATS.md's book JSON record by record (a large book is never held whole), checks each
 * record and hands it to a {@link BookSink}. Top-level parts may come in any order; unknown
 * fields are ignored. Anything wrong stops the reading with a {@link BookFormatException} that
 * names the record, or the line, in plain words (never the JSON library's own). Numbers are read
 * as text and checked before any number is made of them.
 */
public final class BookJsonReader {
    private final JsonFactory factory = new JsonFactory();
    private final JsonRecords records;

    /** @param defaultAddedAt the time a client without {@code addedAt} and {@code clientSince} was added */
    public BookJsonReader(Instant defaultAddedAt) {
        this.records = new JsonRecords(defaultAddedAt);
    }

    /**
     * Reads a book: UTF-8 (checked strictly), or UTF-16 when it starts with a byte-order mark or
     * looks like it.
     */
    public void read(InputStream in, BookSink sink) throws IOException {
        BufferedInputStream bytes = new BufferedInputStream(in, Utf16.SAMPLE);
        bytes.mark(Utf16.SAMPLE);
        byte[] head = bytes.readNBytes(Utf16.SAMPLE);
        bytes.reset();
        Optional<Charset> utf16 = Utf16.detect(head, head.length);
        JsonParser p = null;
        try {
            // the parser reads the first bytes as it is made: the check of the bytes starts there
            if (utf16.isEmpty() && head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF) {
                bytes.skipNBytes(3); // a byte-order mark, as Windows editors write it
            }
            // Always characters, never bytes: Jackson would guess UTF-32 from NULs, and read it loosely.
            InputStream checked = utf16.isPresent() ? bytes : new StrictUtf8InputStream(bytes);
            Charset charset = utf16.orElse(StandardCharsets.UTF_8);
            p = factory.createParser(new InputStreamReader(checked, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            read(p, sink);
        } catch (StrictUtf8InputStream.NotUtf8 e) {
            throw new BookFormatException(e.getMessage(), e);
        } catch (CharacterCodingException e) {
            throw new BookFormatException("The file is not valid " + utf16.orElse(StandardCharsets.UTF_8).name()
                    + " text: it holds a broken character at or after line "
                    + (p == null ? 1 : p.currentLocation().getLineNr()), e);
        } catch (JsonProcessingException e) {
            throw new BookFormatException(JsonProblems.describe(e, p), e);
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    private void read(JsonParser p, BookSink sink) throws IOException {
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
    }

    private static void checkFormat(JsonParser p) throws IOException {
        String format = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : String.valueOf(JsonTree.value(p));
        if (!BookJson.FORMAT.equals(format)) {
            throw new BookFormatException("This is not a Rapport book: its format is \"" + JsonField.shown(format)
                    + "\", not \"" + BookJson.FORMAT + "\"");
        }
    }

    private static void checkVersion(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new BookFormatException("The book's version must be a whole number (line "
                    + p.currentLocation().getLineNr() + ")");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw new BookFormatException("The book's version " + JsonField.shown(p.getText())
                    + " is not one Rapport knows");
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
            if (p.currentToken() != JsonToken.START_OBJECT) {
                JsonTree.value(p);
                throw new BookFormatException(what + " #" + index + " (line " + line + "): must be a JSON object");
            }
            ObjectNode node = JsonTree.newObject();
            try {
                JsonTree.fill(node, p);
            } catch (JsonProcessingException e) {
                // name the record as far as it was read
                throw new BookFormatException(where(node, what, index, line) + ": " + JsonProblems.describe(e, p), e);
            }
            handler.handle(node, where(node, what, index, line));
        }
    }

    private static String where(ObjectNode node, String what, int index, long line) {
        String id = node.path("id").isTextual() ? node.path("id").asText().strip() : "";
        return what + (id.isEmpty() ? " #" + index : " " + JsonField.shown(id)) + " (line " + line + ")";
    }

    private static ObjectNode object(JsonParser p, String what) throws IOException {
        JsonNode node = JsonTree.value(p);
        if (node == null || node.isNull()) {
            return JsonTree.newObject();
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
