package atlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.TileId;
import atlas.model.LatLon;
import atlas.tiles.TileSource;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TilePrefetchTest {
    private static final LatLon REGION = new LatLon(39.7, 46.5);

    @AfterEach
    void end() { TilePrefetch.drop(); }

    @Test
    void the_first_requests_are_gluon_s_column_by_column_with_a_column_of_margin_on_the_left() {
        // when: the window's map at the default view (842 x 761 px in a 1472 x 900 window)
        List<TileId> ids = TilePrefetch.firstRequests(REGION, 9, 842, 761);
        // then: 6 columns (one left of the view, up to three past its right edge) of 5 rows, left column first
        assertEquals(30, ids.size());
        assertEquals(new TileId(9, 319, 192), ids.get(0));
        assertEquals(new TileId(9, 319, 193), ids.get(1));
        assertEquals(new TileId(9, 320, 192), ids.get(5));
        assertEquals(new TileId(9, 324, 196), ids.get(29));
    }

    @Test
    void a_zoom_just_below_a_level_asks_for_the_next_level_s_tiles() {
        assertEquals(10, TilePrefetch.firstRequests(REGION, 9.85, 842, 761).get(0).zoom());
        assertEquals(9, TilePrefetch.firstRequests(REGION, 9.75, 842, 761).get(0).zoom());
    }

    @Test
    void an_empty_map_asks_for_nothing() {
        assertTrue(TilePrefetch.firstRequests(REGION, 9, 0, 761).isEmpty());
    }

    @Test
    void a_tile_not_yet_reached_is_left_to_the_caller_and_an_unforeseen_one_stops_the_prefetch() throws Exception {
        // given: a source whose first tile takes until the test lets it go
        CountDownLatch release = new CountDownLatch(1), first = new CountDownLatch(1);
        TileSource slow = new TileSource() {
            @Override public String name() { return "slow"; }
            @Override public String attribution() { return ""; }
            @Override public BufferedImage tile(TileId id) {
                first.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB_PRE);
            }
        };
        TileId a = new TileId(9, 319, 192), b = new TileId(9, 319, 193), c = new TileId(9, 319, 194);
        TilePrefetch.start(slow, List.of(a, b, c));
        assertTrue(first.await(10, TimeUnit.SECONDS));
        // when / then: the tile being rendered is taken; the next one, not started, is the caller's to render
        assertTrue(TilePrefetch.claim(slow, a) != null);
        assertNull(TilePrefetch.claim(slow, b));
        assertFalse(TilePrefetch.stopped());
        // and: another source's tile is not one of these, and stops the rest
        assertNull(TilePrefetch.claim(new TileSource() {
            @Override public String name() { return "other"; }
            @Override public String attribution() { return ""; }
            @Override public BufferedImage tile(TileId id) { return null; }
        }, c));
        assertTrue(TilePrefetch.stopped());
        assertNull(TilePrefetch.claim(slow, c));
        release.countDown();
    }
}
