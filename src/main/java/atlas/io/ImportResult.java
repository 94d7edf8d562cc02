package atlas.io;

import atlas.model.Dataset;
import atlas.model.Story;
import java.util.List;
import java.util.Objects;

/**
 * What an import gave: the {@link Outcome}, the valid records (a dataset, and a story for a StoryMapJS file), the
 * problems kept (at most {@link ImportCollector#MAX_KEPT}, each located) with the total count, and the number of
 * records skipped. A window offers "import the N valid records and list the M skipped ones" for
 * {@link Outcome#PARTIAL}; nothing is applied on {@link Outcome#REJECTED} or {@link Outcome#CANCELLED}.
 */
public record ImportResult(String file, String format, Outcome outcome, Dataset dataset, Story story,
                           List<Problem> problems, int problemCount, int skipped, Counts counts) {
    /**
     * Counts of the events read (also when a validation did not keep them): how many, how many without a location,
     * and the first and last day covered (null when none).
     */
    public record Counts(int events, int withoutLocation, java.time.LocalDate firstDay, java.time.LocalDate lastDay) {
        public static final Counts NONE = new Counts(0, 0, null, null);
    }

    /** How an import ended. */
    public enum Outcome {
        /** Everything was read without a problem. */
        LOADED,
        /** Some records were skipped, each with its problems; the others are in the dataset. */
        PARTIAL,
        /** Nothing can be used: unreadable, not a supported format, a syntax error, a hostile or oversized file. */
        REJECTED,
        /** The caller cancelled the reading; nothing was kept. */
        CANCELLED
    }

    public ImportResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
        format = format == null ? "" : format;
        counts = counts == null ? Counts.NONE : counts;
        if ((outcome == Outcome.REJECTED || outcome == Outcome.CANCELLED) && dataset != null)
            throw new IllegalArgumentException("a rejected or cancelled import holds no records");
    }

    /** Tests whether the file was read without any problem. */
    public boolean isClean() { return outcome == Outcome.LOADED; }

    /** Tests whether there are records to import (clean or partial). */
    public boolean hasRecords() { return outcome == Outcome.LOADED || outcome == Outcome.PARTIAL; }

    /** Gets the number of valid records kept (places, events, features, reference features, story stops). */
    public int validCount() {
        if (dataset == null) return 0;
        return dataset.places().size() + dataset.events().size() + dataset.features().size()
                + dataset.references().size() + (story == null ? 0 : story.size());
    }

    /** Gets "1,204 valid records, 3 skipped (5 problems)" style text. */
    public String summary() {
        return switch (outcome) {
            case LOADED -> String.format("%,d records", validCount());
            case PARTIAL -> String.format("%,d valid records, %,d skipped (%,d %s)", validCount(), skipped, problemCount,
                    problemCount == 1 ? "problem" : "problems");
            case REJECTED -> String.format("rejected (%,d %s)", problemCount, problemCount == 1 ? "problem" : "problems");
            case CANCELLED -> "cancelled";
        };
    }
}
