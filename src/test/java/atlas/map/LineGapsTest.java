package atlas.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineGapsTest {
    private static final double PX = 1e-9;
    private static final LabelBox NAME = new LabelBox(40, 40, 20, 20);

    @Test
    void a_line_through_a_name_breaks_at_its_box() {
        // when: a horizontal line from (0, 50) through (100, 50) and on to (100, 80)
        List<double[][]> runs = LineGaps.outside(new double[]{0, 100, 100}, new double[]{50, 50, 80}, 3, false, List.of(NAME));
        // then: up to the box, and from the box on (round the corner)
        assertEquals(2, runs.size());
        assertArrayEquals(new double[]{0, 40}, runs.get(0)[0], PX);
        assertArrayEquals(new double[]{60, 100, 100}, runs.get(1)[0], PX);
        assertArrayEquals(new double[]{50, 50, 80}, runs.get(1)[1], PX);
    }

    @Test
    void a_line_clear_of_every_name_is_one_run_and_one_inside_a_name_is_none() {
        assertEquals(1, LineGaps.outside(new double[]{0, 30, 30}, new double[]{0, 0, 30}, 3, false, List.of(NAME)).size());
        assertEquals(0, LineGaps.outside(new double[]{45, 55}, new double[]{45, 55}, 2, false, List.of(NAME)).size());
    }

    @Test
    void a_closed_outline_includes_its_closing_segment() {
        // a square ring whose closing side (from (0, 100) back to (0, 0)) crosses a name at x 0
        LabelBox onLeft = new LabelBox(-5, 40, 10, 20);
        List<double[][]> runs = LineGaps.outside(new double[]{0, 100, 100, 0}, new double[]{0, 0, 100, 100}, 4, true, List.of(onLeft));
        assertEquals(2, runs.size());
        assertArrayEquals(new double[]{0, 100, 100, 0, 0}, runs.get(0)[0], PX);
        assertArrayEquals(new double[]{0, 0, 100, 100, 60}, runs.get(0)[1], PX);
        assertArrayEquals(new double[]{0, 0}, runs.get(1)[0], PX);
        assertArrayEquals(new double[]{40, 0}, runs.get(1)[1], PX);
    }

    @Test
    void segment_box_clipping_gives_the_inside_part() {
        assertArrayEquals(new double[]{0.4, 0.6}, LineGaps.inside(0, 50, 100, 50, NAME), PX);
        assertNull(LineGaps.inside(0, 0, 100, 0, NAME));
    }
}
