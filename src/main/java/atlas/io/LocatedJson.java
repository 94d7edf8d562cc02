package atlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers where each value starts (line, column) and its JSON path, so that readers can
 * report every problem with its place in the file. Built with Jackson's streaming parser.
 */
final class LocatedJson {
    private LocatedJson() {}

    /** A value of the tree: an object, an array or a scalar (String, Number, Boolean or null in {@code value}). */
    sealed interface Node permits Obj, Arr, Scalar {
        String path();
        int line();
        int column();
    }

    record Obj(String path, int line, int column, Map<String, Node> members) implements Node {}
    record Arr(String path, int line, int column, List<Node> items) implements Node {}
    record Scalar(String path, int line, int column, Object value) implements Node {}

    /** A syntax error: where the parser stopped and what it said. */
    static final class SyntaxError extends Exception {
        final int line, column;
        final String path;
        SyntaxError(String message, int line, int column, String path) {
            super(message);
            this.line = line;
            this.column = column;
            this.path = path;
        }
    }

    /** Parses one JSON document (duplicate member names are a syntax error). */
    static Node parse(Reader in) throws SyntaxError, IOException {
        JsonFactory f = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try (JsonParser p = f.createParser(in)) {
            try {
                JsonToken t = p.nextToken();
                if (t == null) throw new SyntaxError("the file is empty: expected a JSON object", 1, 1, "$");
                Node root = value(p, "$");
                if (p.nextToken() != null) {
                    JsonLocation l = p.currentTokenLocation();
                    throw new SyntaxError("unexpected content after the end of the JSON document",
                            l.getLineNr(), l.getColumnNr(), "$");
                }
                return root;
            } catch (JsonProcessingException e) {
                // parser-limit errors (nesting, number or name length) carry no location: take the parser's
                JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                String msg = e.getOriginalMessage();
                int nl = msg.indexOf('\n');
                if (nl > 0) msg = msg.substring(0, nl);
                String text = e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException
                        ? "refused: " + JsonTree.limitMessage(msg) : "malformed JSON: " + msg;
                String jp = JsonTree.path(p.getParsingContext());
                throw new SyntaxError(text, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                        "$" + (jp.isEmpty() || jp.startsWith("[") ? jp : "." + jp));
            }
        }
    }

    private static Node value(JsonParser p, String path) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr(), col = l.getColumnNr();
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Node> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p, path + "." + name));
                }
                yield new Obj(path, line, col, m);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(value(p, path + "[" + items.size() + "]"));
                yield new Arr(path, line, col, items);
            }
            case VALUE_STRING -> new Scalar(path, line, col, p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Scalar(path, line, col, p.getNumberValue());
            case VALUE_TRUE -> new Scalar(path, line, col, Boolean.TRUE);
            case VALUE_FALSE -> new Scalar(path, line, col, Boolean.FALSE);
            case VALUE_NULL -> new Scalar(path, line, col, null);
            default -> throw new IllegalStateException("unexpected token " + p.currentToken());
        };
    }

    /** Gets the {@code $.a[1].b} path of a parser context. */
    static String pathOf(JsonStreamContext c) {
        List<String> parts = new ArrayList<>();
        for (; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            else if (c.getCurrentName() != null) parts.add(0, "." + c.getCurrentName());
        }
        return "$" + String.join("", parts);
    }

    /** Gets a short name of a node's JSON type, for messages: "object", "array", "string", "number", ... */
    static String typeOf(Node n) {
        if (n instanceof Obj) return "object";
        if (n instanceof Arr) return "array";
        Object v = ((Scalar) n).value();
        if (v == null) return "null";
        if (v instanceof String) return "string";
        if (v instanceof Boolean) return "boolean";
        return "number";
    }
}
