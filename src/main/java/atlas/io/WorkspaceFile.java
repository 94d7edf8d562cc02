package atlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The remembered workspace: which files are open as layers, in which order, which are visible, their names and
 * colours, and the recently opened files. A small JSON file written atomically ({@link AtomicFiles}):
 *
 * <pre>{"format": "corridor-atlas-workspace", "version": 1,
 *  "layers": [{"shipped": true, "name": "…", "colour": null, "visible": true},
 *             {"file": "/home/…/acled.csv", "name": "acled", "colour": "#1f78b4", "visible": false}],
 *  "recent": ["/home/…/acled.csv", "/home/…/lesson.kml"]}</pre>
 *
 * Reading is forgiving: an entry it cannot use is left out and reported, so a damaged file never stops the app.
 */
public final class WorkspaceFile {
    /** The value of the {@code format} member. */
    public static final String FORMAT = "corridor-atlas-workspace";
    /** The most recent files kept. */
    public static final int MAX_RECENT = 10;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxStringLength(1 << 16).build())
            .build();
    /** A workspace file is small; anything far larger is not one. */
    private static final long MAX_BYTES = 1 << 20;

    /**
     * One layer as remembered: {@code file} is the path it was read from, or null for the dataset that ships with the
     * application; {@code colour} is {@code #rrggbb} or null.
     */
    public record Entry(String file, String name, String colour, boolean visible) {
        public Entry {
            Objects.requireNonNull(name, "name");
            if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) colour = null;
        }

        /** Tests whether this is the shipped dataset's layer. */
        public boolean isShipped() { return file == null; }
    }

    /** What is remembered: the layers in order and the recent files, newest first. */
    public record Saved(List<Entry> layers, List<String> recent) {
        /** Nothing remembered. */
        public static final Saved NONE = new Saved(List.of(), List.of());

        public Saved {
            layers = List.copyOf(layers);
            recent = List.copyOf(recent.subList(0, Math.min(recent.size(), MAX_RECENT)));
        }
    }

    /** What was read: the saved workspace and the problems met (entries left out, or why nothing could be read). */
    public record Read(Saved saved, List<String> problems) {
        public Read {
            problems = List.copyOf(problems);
        }
    }

    private WorkspaceFile() {}

    /**
     * Reads a workspace file. A missing file gives {@link Saved#NONE} without problems; an unreadable or damaged one
     * gives what could be used and the problems (never an exception).
     */
    public static Read read(Path file) {
        if (!Files.exists(file)) return new Read(Saved.NONE, List.of());
        List<String> problems = new ArrayList<>();
        try {
            if (Files.size(file) > MAX_BYTES) return new Read(Saved.NONE, List.of(file + ": too large for a workspace file"));
            try (InputStream in = Files.newInputStream(file); JsonParser p = FACTORY.createParser(in)) {
                return new Read(parse(p, file.toString(), problems), problems);
            }
        } catch (JsonProcessingException e) {
            problems.add(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        return new Read(Saved.NONE, problems);
    }

    private static Saved parse(JsonParser p, String name, List<String> problems) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.add(name + ": not a workspace file (expected a JSON object)");
            return Saved.NONE;
        }
        List<Entry> layers = new ArrayList<>();
        List<String> recent = new ArrayList<>();
        boolean shipped = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("layers") && t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int line = p.currentLocation().getLineNr();
                    Entry e = entry(p);
                    if (e == null) problems.add(name + ":" + line + ": a layer without a file or a name was left out");
                    else if (e.isShipped() && shipped) problems.add(name + ":" + line + ": a second shipped layer was left out");
                    else {
                        shipped |= e.isShipped();
                        layers.add(e);
                    }
                }
            } else if (field.equals("recent") && t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    String f = p.getText();
                    if (!f.isBlank() && !recent.contains(f)) recent.add(f);
                }
            } else {
                p.skipChildren();
            }
        }
        return new Saved(layers, recent);
    }

    /** Reads one layer object (the parser is on its start); null when it names no file and is not the shipped one. */
    private static Entry entry(JsonParser p) throws IOException {
        String file = null, layerName = null, colour = null;
        boolean visible = true, shipped = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "file" -> file = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "name" -> layerName = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "colour" -> colour = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "visible" -> visible = t != JsonToken.VALUE_FALSE;
                case "shipped" -> shipped = t == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
        }
        if (shipped) file = null;
        else if (file == null || file.isBlank()) return null;
        if (layerName == null || layerName.isBlank()) {
            if (file == null) layerName = "";
            else layerName = Path.of(file).getFileName() == null ? file : Imports.baseName(Path.of(file).getFileName().toString());
        }
        return new Entry(file, layerName, colour, visible);
    }

    /** Writes the workspace to {@code file} atomically (a kill never leaves half a file). */
    public static void write(Path file, Saved saved) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("version", 1);
                g.writeArrayFieldStart("layers");
                for (Entry e : saved.layers()) {
                    g.writeStartObject();
                    if (e.isShipped()) g.writeBooleanField("shipped", true);
                    else g.writeStringField("file", e.file());
                    g.writeStringField("name", e.name());
                    if (e.colour() == null) g.writeNullField("colour"); else g.writeStringField("colour", e.colour());
                    g.writeBooleanField("visible", e.visible());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("recent");
                for (String r : saved.recent()) g.writeString(r);
                g.writeEndArray();
                g.writeEndObject();
            }
        });
    }
}
