package atlas.io;

import atlas.model.Dataset;
import atlas.model.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one list of output formats, chosen by the output file's ending: {@code --convert}, {@code --export-events}
 * and the window's export call {@link #write}. Every write is atomic.
 */
public final class Exports {
    private Exports() {}

    /** One output format: its ending, its name and whether it holds a story rather than events. */
    public record Format(String ending, String name, boolean story) {}

    /** Every output format, most specific ending first. */
    public static final List<Format> FORMATS = List.of(
            new Format(".atlas.json", "Corridor Atlas dataset", false),
            new Format(".story.json", "Corridor Atlas story", true),
            new Format(".storymap.json", "StoryMapJS story", true),
            new Format(".geojson", "GeoJSON (RFC 7946)", false),
            new Format(".kml", "KML 2.2 with TimeStamp/TimeSpan (Google Earth's time slider)", false),
            new Format(".csv", "CSV (one event a row)", false));

    /** Gets the output format of a file name, if its ending is known. */
    public static Optional<Format> formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (Format f : FORMATS) if (n.endsWith(f.ending())) return Optional.of(f);
        return Optional.empty();
    }

    /** Gets the known endings, for messages: ".atlas.json, .story.json, …". */
    public static String endings() {
        return String.join(", ", FORMATS.stream().map(Format::ending).toList());
    }

    /**
     * Writes {@code dataset} (or {@code story}, for the story formats) to {@code file} in the format its name ends
     * with. Returns the number of records written.
     *
     * @throws IllegalArgumentException when the ending is unknown, or a story format is asked for without a story
     */
    public static int write(Dataset dataset, Story story, Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Format f = formatOf(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown output format for " + name + " (expected a name ending in " + endings() + ")"));
        return write(dataset, story, file, f);
    }

    /** Gets the GeoJSON format, the default of event exports whose file name has no known ending. */
    public static Format geoJson() { return FORMATS.get(3); }

    /** Writes in the given format whatever the file's name; see {@link #write(Dataset, Story, Path)}. */
    public static int write(Dataset dataset, Story story, Path file, Format f) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (f.story() && story == null)
            throw new IllegalArgumentException(name + ": a " + f.name() + " needs a story as input (a StoryMapJS or story file)");
        switch (f.ending()) {
            case ".atlas.json" -> new DatasetWriter().write(dataset, file);
            case ".story.json" -> new StoryWriter().save(story, file);
            case ".storymap.json" -> new StoryMapWriter().write(story, file);
            case ".geojson" -> new EventsExporter().export(dataset, dataset.events(), file);
            case ".kml" -> new KmlWriter().write(dataset, dataset.events(), file);
            default -> new EventsCsvWriter().write(dataset.events(), file);
        }
        return f.story() ? story.size() : dataset.events().size() + dataset.references().size();
    }

    /**
     * The outcome of {@link #convert}: the reading's result (problems, counts, format), whether OUT was written and
     * how many records it holds (events and reference features, or a story's stops).
     */
    public record Conversion(ImportResult result, boolean written, int records) {}

    /**
     * Converts any supported input to {@code target} in the format its name ends with ({@code format}). A file with
     * problems writes nothing (the target is left as it was) unless {@code skipInvalid}, when its valid records are
     * written. Event formats ({@code .atlas.json}, {@code .geojson}, {@code .kml}, {@code .csv}) are written as the
     * input is read, keeping none of its events (a million rows convert in the memory of a validation), to a temporary
     * file moved over the target only when the whole input was read and accepted; the story formats are read whole,
     * then written.
     *
     * @throws IllegalArgumentException when a story format is asked for without a story as input
     * @throws WriteException           naming the target when it cannot be written
     */
    public static Conversion convert(Path in, Path target, Format format, boolean skipInvalid) throws IOException {
        String inName = in.getFileName() == null ? in.toString() : in.getFileName().toString();
        Optional<Problem> unreadable = Imports.checkFile(in, inName);
        if (format.story() || unreadable.isPresent()) {
            ImportResult r = Imports.read(in);
            if (!r.hasRecords() || (!r.isClean() && !skipInvalid)) return new Conversion(r, false, 0);
            return new Conversion(r, true, write(r.dataset(), r.story(), target, format));
        }
        ImportResult[] result = new ImportResult[1];
        try {
            AtomicFiles.write(target, out -> {
                RecordWriter w = switch (format.ending()) {
                    case ".atlas.json" -> DatasetWriter.streaming(out, null);
                    case ".geojson" -> EventsExporter.streaming(out);
                    case ".kml" -> KmlWriter.streaming(out);
                    default -> EventsCsvWriter.streaming(out);
                };
                try {
                    ImportResult r;
                    try {
                        r = Imports.readInto(in, w, ImportListener.NONE, () -> false);
                    } catch (java.io.UncheckedIOException e) {
                        throw e.getCause(); // the target's disk, named by AtomicFiles
                    }
                    result[0] = r;
                    if (!r.hasRecords() || (!r.isClean() && !skipInvalid)) throw new Discarded();
                    w.finish(r.dataset().title());
                } finally {
                    w.release();
                }
            });
        } catch (Discarded d) {
            return new Conversion(result[0], false, 0);
        }
        ImportResult r = result[0];
        return new Conversion(r, true, r.counts().events() + r.dataset().references().size());
    }

    /** Thrown out of a conversion's body to drop what it wrote: the temporary file goes, the target stays. */
    private static final class Discarded extends IOException {
        Discarded() { super("discarded", null); }
    }
}
