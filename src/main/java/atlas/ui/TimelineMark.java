package atlas.ui;

import atlas.model.TimeSpan;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A story stop marked on the timeline: its date, its window of days (or null), a short label ("3", its number) and
 * whether it is the stop shown now (drawn as a flag; the others as small ticks). Immutable.
 */
public record TimelineMark(LocalDate date, TimeSpan window, String label, boolean current) {
    public TimelineMark {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
    }
}
