package atlas.io;

import atlas.model.Place;
import atlas.model.ReferenceFeature;
import atlas.model.Story;
import atlas.model.TimedEvent;
import atlas.model.TimedFeature;

/**
 * Where a {@link FormatReader} pushes what it reads, record by record, as it parses: memory follows what the sink
 * keeps, not the file. A record with problems is not pushed: the reader reports its problems and calls
 * {@link #skipped()} once for it. A file-level problem (not the expected kind of file, a bad header) goes to
 * {@link #fileProblem}: such a file yields nothing.
 *
 * <p>Implementations may throw {@link ReadException.Stop} from {@link #problem} or {@link #skipped} to stop a reading that is going nowhere
 * (too many problems). Called on the reading thread only.
 */
public interface RecordSink {
    /** Sets the title of what is read (a layer's name); the last call wins. */
    void title(String title);

    /** Accepts a place. */
    void place(Place p);

    /** Accepts an event. */
    void event(TimedEvent e);

    /** Accepts a timed feature (geometry valid for a period). */
    void feature(TimedFeature f);

    /** Accepts an untimed reference feature (shown at every date). */
    void reference(ReferenceFeature f);

    /** Accepts a story (a StoryMapJS file is one story). */
    void story(Story s);

    /** Reports a problem of one record (the record is skipped). */
    void problem(Problem p);

    /** Reports a problem that makes the whole file unusable. */
    void fileProblem(Problem p);

    /** Counts one skipped record (after its problems). */
    void skipped();
}
