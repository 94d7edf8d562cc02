package atlas.io;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when a file cannot be read on: a syntax error, invalid UTF-8, a hostile structure or a limit reached. The
 * {@link #problem()} says where and why; nothing of the file is kept.
 */
public class ReadException extends IOException {
    private final transient Problem problem;

    public ReadException(Problem problem) {
        super(problem.toString());
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Gets the located problem that stopped the reading. */
    public Problem problem() { return problem; }

    /** Thrown when the caller cancelled the reading (the cancel flag was set). */
    public static final class Cancelled extends IOException {
        public Cancelled(String file) { super(file + ": cancelled"); }
    }

    /**
     * Thrown (unchecked) by a sink to stop a reading that is going nowhere, e.g. more problems than the cap and more
     * bad records than good ones. Carries the problem that says so.
     */
    public static final class Stop extends RuntimeException {
        private final transient Problem problem;

        public Stop(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        /** Gets the problem saying why the reading stopped. */
        public Problem problem() { return problem; }
    }
}
