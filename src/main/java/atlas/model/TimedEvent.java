package atlas.model;

import atlas.i18n.Texts;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A dated, sourced event, whatever its geometry: a point, a line or polygon, a moving track, or no location at all.
 *
 * <ul>
 * <li>{@code end} is the last date it covers (inclusive, at its own precision) or null for a single date.</li>
 * <li>{@code point} is where the event is marked on the map, or null when the event has <em>no location</em> (it is
 *     in the list and on the timeline, never on the map). For a line or polygon it is a point on the shape (JTS
 *     interior point) and for a track its first position, derived when not given.</li>
 * <li>{@code location} says how the point was obtained: {@link CoordinateStatus#SOURCED},
 *     {@link CoordinateStatus#APPROXIMATE} (drawn and labelled as approximate, e.g. ACLED {@code geo_precision} 2 or
 *     3) or {@link CoordinateStatus#NOT_LOCATED} exactly when {@code point} is null. Null means sourced when there
 *     is a point, not located otherwise.</li>
 * <li>{@code geometry} is the event's shape when it is not a single point (a road segment, a front line, a
 *     polygon; JTS, x = lon, y = lat, frozen), else null. A single-point geometry becomes {@code point}.</li>
 * <li>{@code track} is a moving point (times and positions) or null.</li>
 * <li>{@code placeId} refers to a {@link Place} of the dataset or is null.</li>
 * <li>{@code accounts} holds each party's account where they differ; empty when they do not.</li>
 * <li>{@code attributes} are the extra values of the source file (actors, fatalities, ExtendedData, media links),
 *     {@link Attributes#NONE} when there are none.</li>
 * </ul>
 */
public record TimedEvent(String id, EventDate start, EventDate end, String title, String summary,
                         Category category, String placeId, LatLon point,
                         List<Source> sources, List<Account> accounts,
                         CoordinateStatus location, Geometry geometry, Track track, Attributes attributes) {
    public TimedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        summary = summary == null ? "" : summary;
        if (end != null && end.endExclusive().compareTo(start.endExclusive()) < 0)
            throw new IllegalArgumentException("event " + id + ": end " + end + " is before start " + start);
        if (geometry instanceof Point p && !p.isEmpty()) {
            if (point == null) point = LatLon.of(p.getCoordinate());
            geometry = null;
        }
        if (geometry != null && geometry.isEmpty()) geometry = null;
        if (point == null && track != null) point = track.positions().get(0);
        if (point == null && geometry != null) point = LatLon.of(geometry.getInteriorPoint().getCoordinate());
        if (location == null) location = point == null ? CoordinateStatus.NOT_LOCATED : CoordinateStatus.SOURCED;
        if ((point == null) != (location == CoordinateStatus.NOT_LOCATED))
            throw new IllegalArgumentException("event " + id + ": " + (point == null
                    ? "an event without a point must be NOT_LOCATED" : "a NOT_LOCATED event cannot have a point"));
        sources = List.copyOf(sources);
        accounts = List.copyOf(accounts);
        attributes = attributes == null ? Attributes.NONE : attributes;
    }

    /** Creates a point event (or one without location when {@code point} is null) with no shape or attributes. */
    public TimedEvent(String id, EventDate start, EventDate end, String title, String summary, Category category,
                      String placeId, LatLon point, List<Source> sources, List<Account> accounts) {
        this(id, start, end, title, summary, category, placeId, point, sources, accounts, null, null, null, null);
    }

    /** Gets the half-open span of days this event covers: from its first day to the day after its last. */
    public TimeSpan span() {
        return new TimeSpan(start.firstDay(), (end == null ? start : end).endExclusive());
    }

    /** Tests if the sides' accounts of this event differ (it carries accounts). */
    public boolean isDisputed() { return !accounts.isEmpty(); }

    /** Tests whether the event has a location (a point on the map); events without one are listed, never drawn. */
    public boolean hasLocation() { return point != null; }

    /** Tests whether the event's location is approximate (to be drawn and labelled as such). */
    public boolean isApproximate() { return location == CoordinateStatus.APPROXIMATE; }

    /** Tests whether the event is a line, a polygon or another shape beyond its point. */
    public boolean hasShape() { return geometry != null; }

    /** Tests whether the event is a moving point. */
    public boolean isMoving() { return track != null; }

    /** Gets "3 Aug 2022" or "27 Feb 1988 – 1 Mar 1988". */
    public String dateLabel() { return end == null ? start.label() : Texts.format("format.range", start.label(), end.label()); }

    /** Gets this event with another summary. */
    public TimedEvent withSummary(String s) {
        return new TimedEvent(id, start, end, title, s, category, placeId, point, sources, accounts, location, geometry,
                track, attributes);
    }
}
