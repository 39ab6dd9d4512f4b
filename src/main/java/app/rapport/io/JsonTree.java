package app.rapport.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Builds the tree of one JSON value token by token. Numbers are kept as their text: a number is
 * only made of it once its text has been checked ({@link JsonField}), so that "1e999999999" is
 * never turned into a BigDecimal or a double.
 */
final class JsonTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTree() {
    }

    static ObjectNode newObject() {
        return NODES.objectNode();
    }

    /** The value that starts at the parser's current token; the parser is left on its last token. */
    static JsonNode value(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_OBJECT -> fill(NODES.objectNode(), p);
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p));
                }
                yield array;
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NODES.textNode(p.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new BookFormatException("The book file is not valid JSON (line "
                    + p.currentLocation().getLineNr() + ")");
        };
    }

    /**
     * Reads the fields of the object whose start is the parser's current token into {@code into}, so
     * that a caller keeps what was read when the reading fails half-way.
     */
    static ObjectNode fill(ObjectNode into, JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            into.set(name, value(p));
        }
        return into;
    }
}
