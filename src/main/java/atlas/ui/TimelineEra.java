package atlas.ui;

import atlas.model.TimeSpan;
import atlas.model.TimedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named span the timeline shades behind its histogram: an era of a TimelineJS sheet or document (a row of type
 * {@code era}, read as an event marked as one: {@link atlas.io.TimelineCsvReader#isEra}).
 */
public record TimelineEra(TimeSpan span, String title) {
    public TimelineEra {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(title, "title");
    }

    /** Gets the eras among {@code events}, in their order. */
    static List<TimelineEra> of(List<TimedEvent> events) {
        List<TimelineEra> out = new ArrayList<>();
        for (TimedEvent e : events)
            if (atlas.io.TimelineCsvReader.isEra(e)) out.add(new TimelineEra(e.span(), e.title()));
        return List.copyOf(out);
    }
}
