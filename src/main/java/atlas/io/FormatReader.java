package atlas.io;

import java.io.IOException;
import java.util.List;

/**
 * One file format the atlas reads, in two steps like a GDAL driver: {@link #detects} takes a cheap look at the file
 * name and its first bytes ("is this mine?"), {@link #read} parses it, pushing records into a {@link RecordSink} as
 * they come. Readers are stateless and registered once, in {@link Imports#READERS}; nobody else switches on
 * extensions.
 */
public interface FormatReader {
    /** Gets the format's name for people: "KML 2.2 / KMZ", "ACLED CSV". */
    String name();

    /** Gets the usual file name endings, lower case with the dot ({@code ".kml"}), for file choosers and help. */
    List<String> extensions();

    /**
     * Tests whether this reader reads the file, from its name and its first bytes (at most {@link Peek#SIZE}).
     * Must be cheap and never throw.
     */
    boolean detects(Peek peek);

    /**
     * Reads the whole input, pushing records and problems into {@code sink}. Throws {@link ReadException} for a
     * problem that stops the reading (syntax error, invalid UTF-8, hostile input) and
     * {@link ReadException.Cancelled} when cancelled.
     */
    void read(ImportSource source, RecordSink sink) throws IOException;
}
