package atlas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * Counts the bytes read for progress, checks the cancel flag on every read (a buffer of a few KiB at a time, so a
 * cancel stops the reader within milliseconds) and refuses more than a size limit. Package-private.
 */
final class ProgressStream extends FilterInputStream {
    private final String file;
    private final long total;
    private final long maxBytes;
    private final ImportListener listener;
    private final BooleanSupplier cancelled;
    private long count;
    private long reported;

    ProgressStream(InputStream in, String file, long total, long maxBytes, ImportListener listener, BooleanSupplier cancelled) {
        super(in);
        this.file = file;
        this.total = total;
        this.maxBytes = maxBytes;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    @Override public int read() throws IOException {
        check();
        int b = super.read();
        if (b >= 0) add(1);
        return b;
    }

    @Override public int read(byte[] buf, int off, int len) throws IOException {
        check();
        int n = super.read(buf, off, len);
        if (n > 0) add(n);
        return n;
    }

    @Override public long skip(long n) throws IOException {
        long s = super.skip(n);
        add(s);
        return s;
    }

    private void check() throws IOException {
        if (cancelled.getAsBoolean()) throw new ReadException.Cancelled(file);
    }

    private void add(long n) throws IOException {
        count += n;
        if (count > maxBytes)
            throw new ReadException(new Problem(file, 0, 0, "", "the file is larger than the import size limit of "
                    + Imports.describeBytes(maxBytes) + " (a setting: atlas.import.maxBytes)"));
        if (count - reported >= (1 << 20)) {
            reported = count;
            listener.progress(count, total);
        }
    }

    long count() { return count; }
}
