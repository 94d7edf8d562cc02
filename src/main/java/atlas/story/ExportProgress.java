package atlas.story;

import java.util.concurrent.CancellationException;

/**
 * Follows a story export stop by stop: the command line prints it, the window shows a progress bar with a Cancel
 * button. Called on the exporting thread.
 */
public interface ExportProgress {
    /** Reports nothing and never cancels. */
    ExportProgress NONE = (done, total) -> {};

    /** Reports that {@code done} of {@code total} stops are exported (0 before the first one). */
    void stopsDone(int done, int total);

    /** Tests whether the user asked to stop; the export then ends without touching its target. */
    default boolean isCancelled() { return false; }

    /** Throws a {@link CancellationException} when the export was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) throw new CancellationException("export cancelled");
    }
}
