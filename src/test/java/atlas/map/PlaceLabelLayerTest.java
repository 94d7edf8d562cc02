package atlas.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.Viewport;
import atlas.model.LatLon;
import atlas.model.NameStyle;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PlaceLabelLayerTest {
    private static final Viewport REGION = new Viewport(new LatLon(39.7, 46.5), 9, 1400, 900);
    private PlaceLabelLayer layer;

    @Start
    void start(Stage stage) { layer = new PlaceLabelLayer(MapTestFixture.basemap().towns()); }

    private List<String> texts(Viewport v, NameStyle style) {
        return layer.place(v, style).stream().filter(p -> p.anchor() != null).map(p -> p.anchor().text()).toList();
    }

    @Test
    void both_names_by_default_and_each_usage_on_its_own() {
        assertTrue(texts(REGION, NameStyle.BOTH).contains("Stepanakert / Khankendi"));
        assertTrue(texts(REGION, NameStyle.BOTH).contains("Berdzor / Lachin"));
        assertTrue(texts(REGION, NameStyle.ARMENIAN).contains("Stepanakert"));
        assertTrue(texts(REGION, NameStyle.AZERBAIJANI).contains("Khankendi"));
        assertTrue(texts(REGION, NameStyle.AZERBAIJANI).contains("Shusha"));
        assertFalse(texts(REGION, NameStyle.AZERBAIJANI).contains("Stepanakert / Khankendi"));
    }

    @Test
    void labels_never_overlap() {
        for (double zoom : new double[] {6, 8, 9, 11}) {
            var placed = layer.place(REGION.withView(REGION.center(), zoom), NameStyle.BOTH);
            for (int i = 0; i < placed.size(); i++)
                for (int j = i + 1; j < placed.size(); j++)
                    assertFalse(placed.get(i).box().intersects(placed.get(j).box()),
                            "zoom " + zoom + ": " + placed.get(i).anchor() + " overlaps " + placed.get(j).anchor());
        }
    }

    @Test
    void larger_towns_come_first_and_small_ones_only_when_zoomed_in() {
        List<String> z6 = texts(REGION.withView(REGION.center(), 6), NameStyle.BOTH);
        List<String> z10 = texts(REGION.withView(REGION.center(), 10), NameStyle.BOTH);
        assertTrue(z6.contains("Yerevan") || z6.contains("Ganja"), z6.toString());
        assertFalse(z6.contains("Goris"), "a town of 20,000 is not labelled at zoom 6");
        assertTrue(z10.contains("Goris"));
    }

    @Test
    void country_names_show_at_the_regional_view_only() {
        List<String> countries = List.of("ARMENIA", "AZERBAIJAN", "IRAN", "TURKEY", "GEORGIA");
        assertTrue(texts(REGION.withView(REGION.center(), 7), NameStyle.BOTH).stream().anyMatch(countries::contains));
        assertFalse(texts(REGION.withView(REGION.center(), 12), NameStyle.BOTH).stream().anyMatch(countries::contains));
    }
}
