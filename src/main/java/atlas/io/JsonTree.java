package atlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * A JSON tree whose every value remembers where it starts in the file (1-based line and column), built with
 * Jackson's streaming parser. Package-private: only the reader walks it.
 */
final class JsonTree {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonTree() {}

    /** A JSON value and its start position. {@code value} is a Map, a List, a String, a Number, a Boolean or null. */
    record Node(Kind kind, Object value, int line, int column) {
        @SuppressWarnings("unchecked")
        Map<String, Node> members() { return (Map<String, Node>) value; }

        @SuppressWarnings("unchecked")
        List<Node> elements() { return (List<Node>) value; }

        /** Gets "a string", "an object", "null" …, for "expected …, found …" messages. */
        String describe() {
            return switch (kind) {
                case OBJECT -> "an object";
                case ARRAY -> "an array";
                case STRING -> "the string \"" + shorten((String) value) + "\"";
                case NUMBER -> "the number " + value;
                case BOOLEAN -> value.toString();
                case NULL -> "null";
            };
        }

        private static String shorten(String s) { return s.length() <= 40 ? s : s.substring(0, 37) + "..."; }
    }

    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** The document could not be parsed; {@code problem} says where and why. */
    static final class SyntaxException extends Exception {
        final transient Problem problem;

        SyntaxException(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }
    }

    /**
     * Parses a whole document. Duplicate member names in one object are added to {@code problems} (the last value
     * wins) and parsing goes on; malformed JSON, or more than {@code maxBytes} bytes, ends it with a
     * {@link SyntaxException}.
     */
    static Node parse(InputStream in, String file, long maxBytes, Consumer<Problem> problems) throws SyntaxException, IOException {
        return parse(in, file, maxBytes, problems, null, null);
    }

    /**
     * Parses a whole document like {@link #parse(InputStream, String, long, List)}, but hands each element of the
     * root object's array member {@code streamed} to {@code sink} (with its index) as soon as it is parsed instead
     * of keeping it: the returned root holds that member as an empty array at its position. This keeps memory flat
     * for files of many features.
     */
    static Node parse(InputStream in, String file, long maxBytes, Consumer<Problem> problems,
                      String streamed, ObjIntConsumer<Node> sink) throws SyntaxException, IOException {
        return parse(in, file, maxBytes, problems, streamed, sink, new LinkedHashMap<>());
    }

    /**
     * Parses like {@link #parse(InputStream, String, long, Consumer, String, ObjIntConsumer)}, filling {@code top} with
     * the root object's members as they are read, so that the sink can see the members before the streamed one.
     */
    static Node parse(InputStream in, String file, long maxBytes, Consumer<Problem> problems,
                      String streamed, ObjIntConsumer<Node> sink, Map<String, Node> top) throws SyntaxException, IOException {
        LimitedStream limited = new LimitedStream(in, maxBytes);
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(new Utf8Stream(limited, file))) {
            parser = p;
            JsonToken t = p.nextToken();
            if (t == null) throw new SyntaxException(new Problem(file, 1, 1, "", "the file is empty (expected a JSON object)"));
            Node root = t == JsonToken.START_OBJECT && streamed != null
                    ? root(p, file, problems, streamed, sink, top) : value(p, file, problems);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new SyntaxException(new Problem(file, l.getLineNr(), l.getColumnNr(), "",
                        "unexpected content after the end of the document (expected the end of the file)"));
            }
            return root;
        } catch (JsonProcessingException e) {
            if (limited.exceeded) throw tooLarge(file, maxBytes);
            // parser-limit errors (nesting, number length, name length) carry no location: take the parser's
            JsonLocation l = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            String msg = e.getOriginalMessage();
            int cut = msg.indexOf(" (start marker at");
            if (cut > 0) msg = msg.substring(0, cut);
            cut = msg.indexOf('\n');
            if (cut > 0) msg = msg.substring(0, cut);
            String path = e.getProcessor() instanceof JsonParser jp ? path(jp.getParsingContext()) : "";
            // Jackson says "Unexpected end-of-input within/between Object entries" without a JsonEOFException
            String text = e instanceof JsonEOFException || msg.startsWith("Unexpected end-of-input")
                    ? "malformed JSON: the file ends too early (truncated?), expected the rest of the document: " + msg
                    : e instanceof StreamConstraintsException ? "refused: " + limitMessage(msg) : "malformed JSON: " + msg;
            throw new SyntaxException(new Problem(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), path, text));
        } catch (ReadException e) {
            throw new SyntaxException(e.problem());
        } catch (IOException e) {
            if (limited.exceeded) throw tooLarge(file, maxBytes);
            throw e;
        }
    }

    /** Gets a parser-limit message in words: what was too big and the limit. */
    static String limitMessage(String msg) {
        // "… exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)" → "(1000)"
        String m = msg.replaceAll(",? ?from `StreamReadConstraints[^`]*`", "");
        if (m.startsWith("Document nesting depth")) return "the JSON nests deeper than the 1000 levels read (" + m + ")";
        if (m.startsWith("Number value length")) return "a number has more digits than the 1000 read (" + m + ")";
        if (m.startsWith("Name length")) return "a member name is longer than the 50000 characters read (" + m + ")";
        if (m.startsWith("String value length")) return "a string is longer than the limit read (" + m + ")";
        return m;
    }

    static SyntaxException tooLarge(String file, long maxBytes) {
        return new SyntaxException(new Problem(file, 0, 0, "", "the file is larger than " + (maxBytes >> 20)
                + " MiB (expected a dataset of at most " + maxBytes + " bytes)"));
    }

    private static Node root(JsonParser p, String file, Consumer<Problem> problems, String streamed, ObjIntConsumer<Node> sink,
                             Map<String, Node> members) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation nl = p.currentTokenLocation();
            JsonToken t = p.nextToken();
            Node v;
            if (name.equals(streamed) && t == JsonToken.START_ARRAY) {
                JsonLocation al = p.currentTokenLocation();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) sink.accept(value(p, file, problems), i++);
                v = new Node(Kind.ARRAY, List.of(), al.getLineNr(), al.getColumnNr());
            } else {
                v = value(p, file, problems);
            }
            if (members.put(name, v) != null) {
                problems.accept(new Problem(file, nl.getLineNr(), nl.getColumnNr(), path(p.getParsingContext()),
                        "duplicate member '" + name + "' (expected each member name once per object)"));
            }
        }
        return new Node(Kind.OBJECT, members, l.getLineNr(), l.getColumnNr());
    }

    private static Node value(JsonParser p, String file, Consumer<Problem> problems) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int col = l.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation nl = p.currentTokenLocation();
                    p.nextToken();
                    Node v = value(p, file, problems);
                    if (members.put(name, v) != null) {
                        problems.accept(new Problem(file, nl.getLineNr(), nl.getColumnNr(), path(p.getParsingContext()),
                                "duplicate member '" + name + "' (expected each member name once per object)"));
                    }
                }
                return new Node(Kind.OBJECT, members, line, col);
            }
            case START_ARRAY -> {
                List<Node> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) elements.add(value(p, file, problems));
                return new Node(Kind.ARRAY, elements, line, col);
            }
            case VALUE_STRING -> { return new Node(Kind.STRING, p.getText(), line, col); }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> { return new Node(Kind.NUMBER, p.getNumberValue(), line, col); }
            case VALUE_TRUE -> { return new Node(Kind.BOOLEAN, Boolean.TRUE, line, col); }
            case VALUE_FALSE -> { return new Node(Kind.BOOLEAN, Boolean.FALSE, line, col); }
            case VALUE_NULL -> { return new Node(Kind.NULL, null, line, col); }
            default -> throw new IllegalStateException("unexpected token " + t);
        }
    }

    /** Gets a context's path in the reader's form: {@code features[3].properties.title}. */
    static String path(JsonStreamContext ctx) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
            else if (c.inObject() && c.getCurrentName() != null) parts.add("." + c.getCurrentName());
        }
        StringBuilder b = new StringBuilder();
        int n = parts.size();
        for (int i = n - 1; i >= 0; i--) {
            // a deep path (hostile nesting) is shortened: its first and last levels, and how many are left out
            if (n > 16 && i == n - 9) {
                b.append("…(").append(n - 16).append(" levels)…");
                i = 7;
            }
            String part = parts.get(i);
            b.append(part.length() > 80 ? part.substring(0, 60) + "…(" + part.length() + " chars)" : part);
        }
        return b.length() > 0 && b.charAt(0) == '.' ? b.substring(1) : b.toString();
    }

    /** Stops reading once more than {@code max} bytes came through, so an oversized stream is not read whole. */
    private static final class LimitedStream extends FilterInputStream {
        private final long max;
        private long count;
        boolean exceeded;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) add(n);
            return n;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > max) {
                exceeded = true;
                throw new IOException("more than " + max + " bytes");
            }
        }
    }
}
