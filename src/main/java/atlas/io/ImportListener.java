package atlas.io;

/**
 * Hears how an import goes. Called on the reading thread: a window hands the values to its FX thread itself.
 */
@FunctionalInterface
public interface ImportListener {
    /** No-op listener. */
    ImportListener NONE = (done, total) -> {};

    /** Called every MiB or so with the bytes read and the file's size in bytes (-1 when unknown). */
    void progress(long bytesRead, long totalBytes);
}
