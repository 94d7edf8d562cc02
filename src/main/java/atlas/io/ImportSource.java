package atlas.io;

import java.io.InputStream;
import java.io.Reader;

/**
 * The input a {@link FormatReader} reads: its name for problems and its bytes, once. {@link #bytes()} counts
 * progress, honours the cancel flag and the size limit; {@link #text()} is the same bytes through the one UTF-8
 * policy ({@link Utf8Stream}). Call one of them, once.
 */
public final class ImportSource {
    private final String name;
    private final InputStream in;
    private boolean opened;

    ImportSource(String name, InputStream in) {
        this.name = name;
        this.in = in;
    }

    /** Creates a source over a stream (for tests and embedded inputs); no progress, no cancel, no limit. */
    public static ImportSource of(String name, InputStream in) { return new ImportSource(name, in); }

    /** Gets the file name used in problems. */
    public String name() { return name; }

    /** Gets the bytes checked by the one UTF-8 policy ({@link Utf8Stream}), for byte-based text parsers. */
    public InputStream utf8Bytes() { return new Utf8Stream(bytes(), name); }

    /** Gets the raw bytes (binary formats such as KMZ). */
    public InputStream bytes() {
        if (opened) throw new IllegalStateException("the input of " + name + " was already opened");
        opened = true;
        return in;
    }

    /** Gets the text, decoded as UTF-8 under the one policy. */
    public Reader text() { return Utf8Stream.reader(bytes(), name); }
}
