package atlas.cli;

import atlas.story.ExportProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Prints the progress of a long export as plain lines ("slides: 120 of 10000 stops (1%)"), at most one every two
 * seconds and always the last one, so a log or a pipe gets a readable record and a terminal sees it move.
 */
final class ProgressLines implements ExportProgress {
    private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private final PrintStream err;
    private final String what;
    private long last = System.nanoTime();

    ProgressLines(PrintStream err, String what) {
        this.err = err;
        this.what = what;
    }

    @Override public void stopsDone(int done, int total) {
        long now = System.nanoTime();
        if (done < total && (done == 0 || now - last < EVERY_NANOS)) return;
        last = now;
        err.println(atlas.i18n.Texts.plural("cli.progress", total, what, atlas.i18n.Texts.number(done), Math.round(100.0 * done / total)));
    }
}
