package atlas.io;

import atlas.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The loading service the UI and the CLI call instead of parsing files: the shipped dataset, and user files.
 *
 * <p>An instance holds the current dataset. {@link #load(Path)} replaces it only when the whole file is valid; a
 * rejected file leaves the current dataset as it was. Thread-safe: loading may run on a worker thread, and the
 * current dataset is published atomically.
 */
public final class Datasets {
    /** The classpath resource of the shipped dataset (copied from {@code assets/data/} by the build). */
    public static final String SHIPPED_RESOURCE = "/data/karabakh.atlas.json";

    private final DatasetReader reader;
    private volatile Dataset current;

    /** Creates a service whose current dataset is {@code initial}. */
    public Datasets(Dataset initial, DatasetReader reader) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Creates a service starting with the empty dataset and the 64 MiB reader. */
    public Datasets() { this(Dataset.empty(), new DatasetReader()); }

    /** Gets the current dataset. */
    public Dataset current() { return current; }

    /**
     * Reads {@code file}; when it is valid it becomes the current dataset, otherwise the current dataset is kept.
     * Returns the dataset or every problem found.
     */
    public LoadResult load(Path file) {
        LoadResult r = read(file, reader);
        if (r.isLoaded()) current = r.dataset();
        return r;
    }

    /** Loads the shipped dataset as the current one, like {@link #load(Path)}. */
    public LoadResult loadShippedDataset() {
        LoadResult r = readShipped(reader);
        if (r.isLoaded()) current = r.dataset();
        return r;
    }

    /** Reads a dataset file with the default reader, without touching any current dataset. */
    public static LoadResult read(Path file) { return read(file, new DatasetReader()); }

    private static LoadResult read(Path file, DatasetReader reader) {
        try {
            return LoadResult.loaded(reader.read(file));
        } catch (DatasetException e) {
            return LoadResult.rejected(e.problems());
        }
    }

    private static LoadResult readShipped(DatasetReader reader) {
        try (InputStream in = Datasets.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) return LoadResult.rejected(List.of(new Problem("karabakh.atlas.json", 0, 0, "",
                    "the shipped dataset is missing from the classpath (expected resource " + SHIPPED_RESOURCE + ")")));
            return LoadResult.loaded(reader.read(in, "karabakh.atlas.json"));
        } catch (DatasetException e) {
            return LoadResult.rejected(e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gets the shipped dataset (the region's events, places and corridor geometry).
     *
     * @throws IllegalStateException when the shipped file is missing or invalid, i.e. the build is broken
     */
    public static Dataset loadShipped() {
        LoadResult r = readShipped(new DatasetReader());
        if (!r.isLoaded()) throw new IllegalStateException("the shipped dataset is invalid: " + r.problems().get(0)
                + (r.problems().size() > 1 ? " (and " + (r.problems().size() - 1) + " more)" : ""));
        return r.dataset();
    }
}
