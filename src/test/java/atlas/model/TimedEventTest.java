package atlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class TimedEventTest {
    private static final EventDate DAY = EventDate.day(LocalDate.of(2022, 8, 3));
    private static final List<Source> SOURCES = List.of(new Source("A source", null, null));

    private static TimedEvent event(LatLon point, CoordinateStatus status, Geometry g, Track t) {
        return new TimedEvent("e", DAY, null, "Title", "", Category.CLASH, null, point, SOURCES, List.of(), status, g, t, null);
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test void an_event_without_location_is_not_located_and_has_no_point() {
        TimedEvent e = event(null, null, null, null);
        assertFalse(e.hasLocation());
        assertEquals(CoordinateStatus.NOT_LOCATED, e.location());
        assertEquals(TimeSpan.day(LocalDate.of(2022, 8, 3)), e.span());
    }

    @Test void the_ten_value_constructor_still_makes_a_sourced_point_event() {
        TimedEvent e = new TimedEvent("e", DAY, null, "T", "", Category.CLASH, null, LatLon.of(39.8, 46.7), SOURCES, List.of());
        assertEquals(CoordinateStatus.SOURCED, e.location());
        assertSame(Attributes.NONE, e.attributes());
        assertNull(e.geometry());
    }

    @Test void a_line_gets_a_point_on_itself_and_keeps_its_shape() {
        TimedEvent e = event(null, null, wkt("LINESTRING (46 39, 46.5 39.5, 47 40)"), null);
        assertTrue(e.hasShape());
        assertEquals(LatLon.of(39.5, 46.5), e.point());
    }

    @Test void a_point_geometry_becomes_the_point() {
        TimedEvent e = event(null, CoordinateStatus.APPROXIMATE, wkt("POINT (46.7 39.8)"), null);
        assertNull(e.geometry());
        assertEquals(LatLon.of(39.8, 46.7), e.point());
        assertTrue(e.isApproximate());
    }

    @Test void not_located_with_a_point_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> event(LatLon.of(1, 2), CoordinateStatus.NOT_LOCATED, null, null));
        assertThrows(IllegalArgumentException.class, () -> event(null, CoordinateStatus.SOURCED, null, null));
    }

    @Test void a_track_starts_at_its_first_position_and_interpolates() {
        Track t = new Track(List.of(Instant.parse("2023-09-25T08:00:00Z"), Instant.parse("2023-09-25T10:00:00Z")),
                List.of(LatLon.of(39, 46), LatLon.of(40, 47)));
        TimedEvent e = event(null, null, null, t);
        assertTrue(e.isMoving());
        assertEquals(LatLon.of(39, 46), e.point());
        assertEquals(LatLon.of(39.5, 46.5), t.positionAt(Instant.parse("2023-09-25T09:00:00Z")));
        assertEquals(LatLon.of(40, 47), t.positionAt(Instant.parse("2024-01-01T00:00:00Z")));
    }

    @Test void attributes_share_their_schema_and_compare_by_content() {
        Attributes.Schema area = Attributes.Schema.of("admin1", "location");
        Attributes shared = Attributes.of(area, new String[] {"Province 1", "Place 7"}, null);
        Attributes.Schema row = Attributes.Schema.of("fatalities", "tags");
        Attributes a = Attributes.of(row, new String[] {"2", null}, shared);
        assertEquals(Map.of("fatalities", "2", "admin1", "Province 1", "location", "Place 7"), a.asMap());
        assertEquals("Place 7", a.get("location").orElseThrow());
        assertTrue(a.get("tags").isEmpty());
        assertEquals(Attributes.of(a.asMap()), a);
        assertSame(shared, Attributes.of(row, new String[] {null, null}, shared));
        assertSame(Attributes.NONE, Attributes.of(Map.of()));
    }

    @Test void joined_groups_read_in_order_without_copying() {
        Attributes row = Attributes.of(Attributes.Schema.of("fatalities"), new String[] {"0"}, null);
        Attributes actors = Attributes.of(Attributes.Schema.of("actor1", "actor2"), new String[] {"A", "B"}, null);
        Attributes joined = Attributes.join(row, Attributes.NONE, actors);
        assertEquals(List.of("fatalities", "actor1", "actor2"), List.copyOf(joined.asMap().keySet()));
        assertEquals("B", joined.get("actor2").orElseThrow());
        assertSame(actors, Attributes.join(Attributes.NONE, actors));
    }
}
