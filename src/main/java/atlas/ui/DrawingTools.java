package atlas.ui;

import atlas.map.AnnotationLayer;
import atlas.map.AtlasMap;
import atlas.map.Subscriptions;
import atlas.model.Drawing;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Drawing on the map, for one window and its presentations: the tool and colour chosen, the undo and redo history
 * of the state's drawings ({@link AtlasState#drawingsProperty()}), the keys, and the maps that draw with them
 * ({@link #attach}). Every map attached shows the same marks: a mark drawn on the presentation's map is on the
 * window's too.
 *
 * <p>Keys ({@link #act}): P pen, H highlighter, A arrow, T text label (the same key again goes back to moving the
 * map), Esc stops drawing, Ctrl+Z undo, Ctrl+Y or Ctrl+Shift+Z redo, E erase all (undoable), K keeps the drawings
 * with the current story stop when there is one ({@link #setKeepAction}).
 *
 * <p>The history covers what is drawn, undone and cleared here; when the drawings are replaced from elsewhere (a
 * story stop is shown) it starts afresh, so an undo never brings back another stop's marks. FX thread only.
 */
public final class DrawingTools {
    /** The colours offered, {@code #rrggbb}: red, blue, green, yellow, black. */
    public static final List<String> COLORS = List.of("#d62d20", "#1f5fbf", "#1e8a3c", "#ffc400", "#1b1f24");
    /** How many steps can be undone. */
    public static final int HISTORY = 200;

    /** The bundle keys of the tools' and actions' names and tips (texts in atlas/i18n/messages*.properties). */
    static final class Text {
        static final String PEN = "drawing.pen", HIGHLIGHTER = "drawing.highlighter", ARROW = "drawing.arrow",
                LABEL = "drawing.label", UNDO = "drawing.undo", REDO = "drawing.redo", CLEAR = "drawing.clear",
                KEEP = "drawing.keep", KEEP_BUTTON = "drawing.keep-button", COLOR = "drawing.colour", HELP = "drawing.help";
        private Text() {}
    }

    private final AtlasState state;
    private final ObjectProperty<Drawing.Tool> tool = new SimpleObjectProperty<>(this, "tool");
    private final StringProperty color = new SimpleStringProperty(this, "color", COLORS.get(0));
    private final Map<Drawing.Tool, String> colorOf = new EnumMap<>(Drawing.Tool.class);
    private final Deque<List<Drawing>> undo = new ArrayDeque<>();
    private final Deque<List<Drawing>> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper canKeep = new ReadOnlyBooleanWrapper(this, "canKeep");
    private Runnable keep;
    private boolean applying;

    /** Creates the tools over a state's drawings (the window's state). */
    public DrawingTools(AtlasState state) {
        this.state = Objects.requireNonNull(state);
        colorOf.put(Drawing.Tool.PEN, COLORS.get(0));
        colorOf.put(Drawing.Tool.HIGHLIGHTER, COLORS.get(3));
        colorOf.put(Drawing.Tool.ARROW, COLORS.get(0));
        colorOf.put(Drawing.Tool.TEXT, COLORS.get(4));
        // each tool remembers its colour: a yellow highlighter does not make the next arrow yellow
        tool.addListener((o, was, now) -> { if (now != null) color.set(colorOf.get(now)); });
        color.addListener((o, was, now) -> { if (tool.get() != null) colorOf.put(tool.get(), now); });
        // a change listener: an invalidation listener would not hear a change after our own (nobody reads between)
        state.drawingsProperty().addListener(drawingsChanged);
    }

    private final javafx.beans.value.ChangeListener<List<Drawing>> drawingsChanged = (o, was, now) -> {
        if (applying) return;
        undo.clear();
        redo.clear();
        update();
    };

    /** The scene whose keys these tools take, and the filter put on it. */
    private Scene keyScene;
    private final javafx.event.EventHandler<KeyEvent> keyFilter = e -> {
        if (keyScene == null || keyScene.getFocusOwner() instanceof TextInputControl) return;
        if (act(e.getCode(), e.isShortcutDown(), e.isShiftDown(), e.isAltDown())) e.consume();
    };

    /** Ends the tools: the keys leave their scene and nothing stays subscribed to the state. FX thread. */
    public void dispose() {
        install(null);
        state.drawingsProperty().removeListener(drawingsChanged);
        keep = null;
    }

    /** The tool the mouse draws with on every attached map, or null to move the map. */
    public ObjectProperty<Drawing.Tool> toolProperty() { return tool; }
    public Drawing.Tool getTool() { return tool.get(); }
    public void setTool(Drawing.Tool t) { tool.set(t); }

    /** Chooses {@code t}, or goes back to moving the map when {@code t} is already chosen. */
    public void toggle(Drawing.Tool t) { tool.set(tool.get() == t ? null : t); }

    /** The colour of the next mark ({@code #rrggbb}); each tool remembers its own. */
    public StringProperty colorProperty() { return color; }

    /** Whether there is something to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    /** Whether there is something to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** Whether the drawings can be kept with a story stop now (see {@link #setKeepAction}). */
    public ReadOnlyBooleanProperty canKeepProperty() { return canKeep.getReadOnlyProperty(); }

    /** Sets what "keep with the stop" does (K, the Keep button), or null when there is no stop to keep them with. */
    public void setKeepAction(Runnable action) {
        keep = action;
        canKeep.set(action != null);
    }

    /** Adds a finished mark on top of the others (undoable). */
    public void add(Drawing d) {
        List<Drawing> next = new ArrayList<>(state.getDrawings());
        next.add(Objects.requireNonNull(d));
        change(next);
    }

    /** Erases every mark (undoable); does nothing when there are none. */
    public void clear() {
        if (!state.getDrawings().isEmpty()) change(List.of());
    }

    /** Undoes the last add or clear; returns whether there was one. */
    public boolean undo() {
        if (undo.isEmpty()) return false;
        redo.push(state.getDrawings());
        set(undo.pop());
        return true;
    }

    /** Redoes the last undone step; returns whether there was one. */
    public boolean redo() {
        if (redo.isEmpty()) return false;
        undo.push(state.getDrawings());
        set(redo.pop());
        return true;
    }

    /** Keeps the drawings with the current story stop, when there is one; returns whether it did. */
    public boolean keep() {
        if (keep == null) return false;
        keep.run();
        return true;
    }

    private void change(List<Drawing> next) {
        undo.push(state.getDrawings());
        while (undo.size() > HISTORY) undo.removeLast();
        redo.clear();
        set(next);
    }

    private void set(List<Drawing> d) {
        applying = true;
        try {
            state.setDrawings(d);
        } finally {
            applying = false;
        }
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /**
     * Makes a map draw with these tools: its drawing layer takes the tool and colour, its marks come here, and the
     * tool palette is added under its zoom buttons (unless {@code palette} is false). Everything is undone when the
     * map is disposed. Returns the map's drawing layer.
     */
    public AnnotationLayer attach(AtlasMap map, boolean palette) {
        AnnotationLayer layer = layerOf(map);
        Subscriptions subs = layer.subscriptions();
        subs.bind(layer.toolProperty(), tool);
        subs.bind(layer.colorProperty(), color);
        layer.setOnDrawn(this::add);
        if (palette) addPalette(map);
        return layer;
    }

    /**
     * Adds the tool palette under the zoom buttons of a map (one these tools are attached to, or will be); it goes
     * with the map. A window adds it after its first paint (the keys work before).
     */
    public void addPalette(AtlasMap map) {
        map.chrome().addTopRight(new DrawingPalette(this, layerOf(map).subscriptions()));
    }

    private static AnnotationLayer layerOf(AtlasMap map) {
        return map.overlays().stream().filter(AnnotationLayer.class::isInstance).map(AnnotationLayer.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the map has no drawing layer"));
    }

    /**
     * Installs the keys on a scene (a filter: they work wherever the focus is, except while typing text), taking them
     * from the scene they were on; null takes them off.
     */
    public void install(Scene scene) {
        if (scene == keyScene) return;
        if (keyScene != null) keyScene.removeEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
        keyScene = scene;
        if (scene != null) scene.addEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
    }

    /** Acts on a key; returns whether it was a drawing key (and was used). */
    public boolean act(KeyCode code, boolean shortcut, boolean shift, boolean alt) {
        if (alt) return false;
        if (shortcut) {
            if (code == KeyCode.Z && !shift) undo();
            else if (code == KeyCode.Y || code == KeyCode.Z) redo();
            else return false;
            return true;
        }
        if (shift) return false;
        switch (code) {
            case P -> toggle(Drawing.Tool.PEN);
            case H -> toggle(Drawing.Tool.HIGHLIGHTER);
            case A -> toggle(Drawing.Tool.ARROW);
            case T -> toggle(Drawing.Tool.TEXT);
            case E -> clear();
            case K -> { return keep(); }
            case ESCAPE -> {
                if (tool.get() == null) return false;
                tool.set(null);
            }
            default -> { return false; }
        }
        return true;
    }
}
