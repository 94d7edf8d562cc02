package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.model.Drawing;
import atlas.model.LatLon;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Undo, redo and erase of the drawings, and the drawing keys, over a plain state (no toolkit). */
class DrawingToolsTest {
    private static final Drawing RING = pen(39.55, 46.545);
    private static final Drawing ARROW = Drawing.stroke(Drawing.Tool.ARROW, List.of(LatLon.of(39.6, 46.6), LatLon.of(39.56, 46.55)), "#1f5fbf", 11);

    private final AtlasState state = new AtlasState();
    private final DrawingTools tools = new DrawingTools(state);

    private static Drawing pen(double lat, double lon) {
        return Drawing.stroke(Drawing.Tool.PEN, List.of(LatLon.of(lat, lon), LatLon.of(lat + 0.01, lon + 0.01)), "#d62d20", 11);
    }

    @Test
    void undo_and_redo_walk_back_and_forth_through_the_marks() {
        // given
        tools.add(RING);
        tools.add(ARROW);
        // when / then
        assertTrue(tools.undo());
        assertEquals(List.of(RING), state.getDrawings());
        assertTrue(tools.undo());
        assertEquals(List.of(), state.getDrawings());
        assertFalse(tools.undo(), "nothing more to undo");
        assertTrue(tools.redo());
        assertTrue(tools.redo());
        assertEquals(List.of(RING, ARROW), state.getDrawings());
        assertFalse(tools.redo());
    }

    @Test
    void erase_all_is_undone_in_one_step_and_a_new_mark_ends_redo() {
        // given
        tools.add(RING);
        tools.add(ARROW);
        // when
        tools.clear();
        // then
        assertEquals(List.of(), state.getDrawings());
        assertTrue(tools.canUndoProperty().get());
        tools.undo();
        assertEquals(List.of(RING, ARROW), state.getDrawings());
        // and: drawing after an undo drops what could be redone
        tools.undo();
        tools.add(pen(39.7, 46.7));
        assertFalse(tools.canRedoProperty().get());
        assertEquals(List.of(RING, pen(39.7, 46.7)), state.getDrawings());
    }

    @Test
    void a_stop_shown_replaces_the_drawings_and_starts_the_history_afresh() {
        // given
        tools.add(RING);
        // when: a story stop brings its own drawings
        state.setDrawings(List.of(ARROW));
        // then: undo does not bring back the other stop's marks
        assertFalse(tools.canUndoProperty().get());
        assertFalse(tools.undo());
        assertEquals(List.of(ARROW), state.getDrawings());
    }

    @Test
    void keys_choose_tools_undo_redo_erase_and_keep() {
        // when / then: a tool key chooses it, the same key again goes back to moving the map
        assertTrue(tools.act(KeyCode.P, false, false, false));
        assertEquals(Drawing.Tool.PEN, tools.getTool());
        tools.act(KeyCode.H, false, false, false);
        assertEquals(Drawing.Tool.HIGHLIGHTER, tools.getTool());
        tools.act(KeyCode.H, false, false, false);
        assertNull(tools.getTool());
        tools.act(KeyCode.A, false, false, false);
        assertEquals(Drawing.Tool.ARROW, tools.getTool());
        tools.act(KeyCode.T, false, false, false);
        assertEquals(Drawing.Tool.TEXT, tools.getTool());
        // Esc stops drawing; with no tool it is left to others (the presentation leaves on it)
        assertTrue(tools.act(KeyCode.ESCAPE, false, false, false));
        assertNull(tools.getTool());
        assertFalse(tools.act(KeyCode.ESCAPE, false, false, false));
        // Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z, E
        tools.add(RING);
        tools.act(KeyCode.Z, true, false, false);
        assertEquals(List.of(), state.getDrawings());
        tools.act(KeyCode.Y, true, false, false);
        assertEquals(List.of(RING), state.getDrawings());
        tools.act(KeyCode.Z, true, false, false);
        tools.act(KeyCode.Z, true, true, false);
        assertEquals(List.of(RING), state.getDrawings());
        tools.act(KeyCode.E, false, false, false);
        assertEquals(List.of(), state.getDrawings());
        // K keeps only when there is a stop to keep with
        assertFalse(tools.act(KeyCode.K, false, false, false));
        int[] kept = {0};
        tools.setKeepAction(() -> kept[0]++);
        assertTrue(tools.act(KeyCode.K, false, false, false));
        assertEquals(1, kept[0]);
        // other keys are not drawing keys
        assertFalse(tools.act(KeyCode.B, false, false, false));
        assertFalse(tools.act(KeyCode.P, false, false, true), "Alt+P is not the pen");
    }

    @Test
    void each_tool_remembers_its_colour() {
        tools.setTool(Drawing.Tool.HIGHLIGHTER);
        assertEquals("#ffc400", tools.colorProperty().get());
        tools.setTool(Drawing.Tool.PEN);
        tools.colorProperty().set("#1f5fbf");
        tools.setTool(Drawing.Tool.HIGHLIGHTER);
        assertEquals("#ffc400", tools.colorProperty().get());
        tools.setTool(Drawing.Tool.PEN);
        assertEquals("#1f5fbf", tools.colorProperty().get());
    }
}
