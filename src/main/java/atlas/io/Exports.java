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
}
