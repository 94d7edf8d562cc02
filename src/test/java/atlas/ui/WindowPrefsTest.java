package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Viewport;
import atlas.map.AtlasMap;
import atlas.model.LatLon;
import atlas.model.NameStyle;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WindowPrefsTest {
    private final WindowPrefs prefs = WindowPrefs.standard();

    @AfterEach
    void clear() { prefs.clear(); }

    @Test
    void defaults_open_on_the_region() {
        // given
        prefs.clear();
        // then
        assertEquals(AtlasMap.DEFAULT_CENTER, prefs.center());
        assertEquals(AtlasMap.DEFAULT_ZOOM, prefs.zoom());
        assertEquals(NameStyle.BOTH, prefs.nameStyle());
        assertTrue(prefs.windowBounds().isEmpty());
    }

    @Test
    void window_view_source_and_name_style_survive_a_restart() {
        // when
        prefs.save(new Rectangle2D(40, 60, 1100, 700), false, new Viewport(new LatLon(39.8, 46.75), 11.5, 1100, 640),
                "OpenStreetMap (online)", NameStyle.AZERBAIJANI);
        WindowPrefs next = WindowPrefs.standard();
        // then
        assertEquals(new Rectangle2D(40, 60, 1100, 700), next.windowBounds().orElseThrow());
        assertFalse(next.maximized());
        assertEquals(new LatLon(39.8, 46.75), next.center());
        assertEquals(11.5, next.zoom());
        assertEquals("OpenStreetMap (online)", next.tileSource());
        assertEquals(NameStyle.AZERBAIJANI, next.nameStyle());
    }
}
