package atlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Category;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The category palette stays apart for normal vision and the three dichromacies, and every symbol is its own. */
class CategoryStyleTest {
    /** The smallest CIEDE2000 difference any two categories may have, for each vision (about 2.3 is just noticeable). */
    private static final double MIN_DELTA_E = 12;

    @Test void colours_stay_apart_under_every_colour_vision_deficiency() {
        for (ColourVisionCheck.Vision v : ColourVisionCheck.Vision.values()) {
            ColourVisionCheck.Closest c = ColourVisionCheck.closest(v);
            assertTrue(c.deltaE() >= MIN_DELTA_E, v + ": " + c.a() + " and " + c.b() + " differ by only " + c.deltaE());
        }
    }

    @Test void every_category_has_a_symbol_of_its_own() {
        Set<CategoryStyle.Symbol> symbols = Arrays.stream(Category.values()).map(CategoryStyle::symbol).collect(Collectors.toSet());
        assertEquals(Category.values().length, symbols.size());
    }

    @Test void the_difference_is_computed_as_published() {
        // Sharma, Wu and Dalal (2005), table 1, pairs 1 and 17
        assertEquals(2.0425, ColourVisionCheck.deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}), 1e-4);
        assertEquals(27.1492, ColourVisionCheck.deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}), 1e-4);
        // and the simulation keeps grey grey
        double[] g = ColourVisionCheck.simulate(javafx.scene.paint.Color.gray(0.5), ColourVisionCheck.Vision.DEUTERANOPIA);
        assertEquals(g[0], g[1], 0.01);
        assertEquals(EnumSet.allOf(ColourVisionCheck.Vision.class).size(), 4);
    }
}
