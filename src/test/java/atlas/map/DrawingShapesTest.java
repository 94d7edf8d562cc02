package atlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.geo.PixelXY;
import atlas.geo.Viewport;
import atlas.model.Drawing;
import atlas.model.LatLon;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawingShapesTest {
    private static final double PX = 1e-6;
    private static final Viewport VIEW = new Viewport(LatLon.of(39.6, 46.55), 11, 1200, 800);

    @Test
    void points_are_projected_through_the_view() {
        // given
        List<LatLon> pts = List.of(LatLon.of(39.62, 46.5), LatLon.of(39.58, 46.6));
        // when
        DrawingShapes.Shape s = DrawingShapes.shape(Drawing.stroke(Drawing.Tool.PEN, pts, "#d62d20", 11), VIEW);
        // then
        for (int i = 0; i < pts.size(); i++) {
            PixelXY p = VIEW.toScreen(pts.get(i));
            assertEquals(p.x(), s.xs()[i], PX);
            assertEquals(p.y(), s.ys()[i], PX);
        }
        assertEquals(DrawingShapes.PEN_WIDTH_PX, s.widthPx(), PX);
        assertEquals(0xd62d20, s.rgb());
    }

    @Test
    void width_and_text_scale_with_the_map_within_limits() {
        Drawing d = Drawing.label(LatLon.of(39.6, 46.55), "Checkpoint", "#1b1f24", 11);
        assertEquals(1, DrawingShapes.scale(d, 11), PX);
        assertEquals(2, DrawingShapes.scale(d, 12), PX);
        assertEquals(0.5, DrawingShapes.scale(d, 10), PX);
        assertEquals(DrawingShapes.MAX_SCALE, DrawingShapes.scale(d, 16), PX);
        assertEquals(DrawingShapes.MIN_SCALE, DrawingShapes.scale(d, 5), PX);
        assertEquals(2 * DrawingShapes.TEXT_SIZE_PX, DrawingShapes.shape(d, VIEW.withView(VIEW.center(), 12)).textSizePx(), PX);
    }

    @Test
    void an_arrow_head_points_at_the_head_and_the_shaft_stops_inside_it() {
        // given: an arrow pointing east
        LatLon tail = VIEW.toLatLon(400, 300), head = VIEW.toLatLon(600, 300);
        // when
        DrawingShapes.Shape s = DrawingShapes.shape(Drawing.stroke(Drawing.Tool.ARROW, List.of(tail, head), "#1f5fbf", 11), VIEW);
        // then
        assertEquals(600, s.headXs()[0], 1e-3);
        assertEquals(300, s.headYs()[0], 1e-3);
        assertTrue(s.xs()[1] < 600 && s.xs()[1] > s.headXs()[1], "the shaft ends inside the head: " + s.xs()[1]);
        assertEquals(s.headXs()[1], s.headXs()[2], 1e-3);
        assertTrue(Math.abs(s.headYs()[1] - s.headYs()[2]) > 10, "a wide head");
    }

    @Test
    void a_single_point_stroke_is_a_dot_and_the_highlighter_is_translucent() {
        DrawingShapes.Shape dot = DrawingShapes.shape(Drawing.stroke(Drawing.Tool.HIGHLIGHTER, List.of(LatLon.of(39.6, 46.55)), "#ffc400", 11), VIEW);
        assertTrue(dot.isDot());
        assertEquals(DrawingShapes.HIGHLIGHTER_OPACITY, dot.opacity(), PX);
        assertEquals(DrawingShapes.HIGHLIGHTER_WIDTH_PX, dot.widthPx(), PX);
    }
}
