package atlas.io;

import atlas.model.Place;
import atlas.model.ReferenceFeature;
import atlas.model.Story;
import atlas.model.TimedEvent;
import atlas.model.TimedFeature;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A writer that takes records one at a time, as a reader reads them, so that a conversion keeps none of them: the
 * receiving end of {@link Imports#readInto} (see {@link Exports#convert}). Records come in the reader's order (places
 * before the events that name them); {@link #finish} writes the end of the file with the title known by then. The
 * {@link RecordSink} methods cannot throw {@link IOException}, so a failed write comes out of them as an
 * {@link UncheckedIOException} wrapping it. The problems, the story and the skipped count are the reader's business
 * (the collector's), not the writer's. Not thread-safe; package-private.
 */
abstract class RecordWriter implements RecordSink {
    /** Writes one place (the default: places are not written, but remembered for the events that name them). */
    void writePlace(Place p) throws IOException {}

    abstract void writeEvent(TimedEvent e) throws IOException;

    /** Writes one timed feature (the default: not written, as in {@link Exports#write}). */
    void writeFeature(TimedFeature f) throws IOException {}

    abstract void writeReference(ReferenceFeature r) throws IOException;

    /** Writes the end of the file; {@code title} is the dataset's title. Nothing is written after it. */
    abstract void finish(String title) throws IOException;

    /**
     * Releases what the writer holds besides its stream (the default: nothing), whether or not {@link #finish} ran:
     * a conversion that is abandoned (problems, a failed read) leaves nothing of its own behind.
     */
    void release() throws IOException {}

    @Override public final void place(Place p) { run(() -> writePlace(p)); }
    @Override public final void event(TimedEvent e) { run(() -> writeEvent(e)); }
    @Override public final void feature(TimedFeature f) { run(() -> writeFeature(f)); }
    @Override public final void reference(ReferenceFeature r) { run(() -> writeReference(r)); }
    @Override public final void title(String title) {}
    @Override public final void story(Story s) {}
    @Override public final void problem(Problem p) {}
    @Override public final void fileProblem(Problem p) {}
    @Override public final void skipped() {}

    private interface Write { void run() throws IOException; }

    private static void run(Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
