package atlas.model;

import atlas.i18n.Texts;
import java.util.List;
import java.util.Objects;

/**
 * A dated, located, sourced event. {@code end} is the last date it covers (inclusive, at its own precision) or
 * null for a single date. {@code placeId} refers to a {@link Place} of the dataset or is null when the event
 * has only its own {@code point}; {@code point} is always set (the reader fills it from the place).
 * {@code accounts} holds each party's account where they differ; it is empty when they do not.
 */
public record TimedEvent(String id, EventDate start, EventDate end, String title, String summary,
                         Category category, String placeId, LatLon point,
                         List<Source> sources, List<Account> accounts) {
    public TimedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(point, "point");
        summary = summary == null ? "" : summary;
        if (end != null && end.endExclusive().compareTo(start.endExclusive()) < 0)
            throw new IllegalArgumentException("event " + id + ": end " + end + " is before start " + start);
        sources = List.copyOf(sources);
        accounts = List.copyOf(accounts);
    }

    /** Gets the half-open span of days this event covers: from its first day to the day after its last. */
    public TimeSpan span() {
        return new TimeSpan(start.firstDay(), (end == null ? start : end).endExclusive());
    }

    /** Tests if the sides' accounts of this event differ (it carries accounts). */
    public boolean isDisputed() { return !accounts.isEmpty(); }

    /** Gets "3 Aug 2022" or "27 Feb 1988 – 1 Mar 1988". */
    public String dateLabel() { return end == null ? start.label() : Texts.format("format.range", start.label(), end.label()); }
}
