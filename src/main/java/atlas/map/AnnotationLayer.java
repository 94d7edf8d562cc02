package atlas.map;

import atlas.geo.Viewport;
import atlas.model.Drawing;
import atlas.model.LatLon;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * The marks drawn on the map (pen, highlighter, arrows, text labels), on ONE canvas above every other overlay,
 * anchored to positions so they move and scale with the map ({@link DrawingShapes}). Data comes in through
 * {@link #setDrawings}; a drawing being made is drawn too.
 *
 * <p>With a {@link #toolProperty() tool} chosen, the canvas takes the mouse (the map no longer pans under it; the
 * wheel still zooms): a drag draws a pen or highlighter stroke or an arrow (tail where it starts, head where it
 * ends), a click with the text tool opens a field for a label (Enter keeps it, Esc drops it). Each finished mark is
 * handed to {@link #setOnDrawn}; the layer itself keeps only what {@link #setDrawings} gives it. FX thread only.
 */
public final class AnnotationLayer extends CanvasLayer {
    /** The smallest distance between two recorded points of a stroke, in pixels (finer moves add nothing visible). */
    static final double MIN_STEP_PX = 2;
    /** The shortest arrow kept, in pixels: a click with the arrow tool draws nothing. */
    static final double MIN_ARROW_PX = 8;
    private static final String DEFAULT_COLOR = "#d62d20";

    private List<Drawing> drawings = List.of();
    private final ObjectProperty<Drawing.Tool> tool = new SimpleObjectProperty<>(this, "tool");
    private final StringProperty color = new SimpleStringProperty(this, "color", DEFAULT_COLOR);
    private Consumer<Drawing> onDrawn = d -> { };
    private final List<LatLon> draft = new ArrayList<>();
    private Drawing.Tool draftTool;
    private double lastX, lastY;
    private TextField input;
    private LatLon inputAt;

    public AnnotationLayer() {
        getStyleClass().add("annotation-layer");
        setId(MapLayers.DRAWINGS);
        Canvas c = canvas();
        c.getStyleClass().add("drawing-surface");
        tool.addListener((o, was, now) -> {
            c.setMouseTransparent(now == null);
            c.setCursor(now == null ? Cursor.DEFAULT : now == Drawing.Tool.TEXT ? Cursor.TEXT : Cursor.CROSSHAIR);
            if (now != Drawing.Tool.TEXT) commitText();
            draft.clear();
            markDirty();
        });
        c.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        c.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        c.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        // the map's own handlers (pan, select an event, pin a popup) must not see what draws
        c.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
    }

    /** Replaces the marks drawn (empty for none). */
    public void setDrawings(List<Drawing> d) {
        Fx.requireFxThread();
        drawings = List.copyOf(d);
        markDirty();
    }

    /** Gets the marks drawn. */
    public List<Drawing> drawings() { return drawings; }

    /** The tool the mouse draws with, or null: then the map pans and selects as usual. */
    public ObjectProperty<Drawing.Tool> toolProperty() { return tool; }
    public Drawing.Tool getTool() { return tool.get(); }
    public void setTool(Drawing.Tool t) { tool.set(t); }

    /** The colour of the next mark, {@code #rrggbb}. */
    public StringProperty colorProperty() { return color; }

    /** Sets what receives each finished mark (it decides whether the mark is kept). */
    public void setOnDrawn(Consumer<Drawing> action) { onDrawn = Objects.requireNonNull(action); }

    /** Tests whether a text label is being typed. */
    public boolean isTyping() { return input != null; }

    /** Gets the field a text label is typed in, or null. */
    public TextField textInput() { return input; }

    @Override protected void draw(GraphicsContext g, Viewport view) {
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (DrawingShapes.Shape s : DrawingShapes.shapes(drawings, view)) paint(g, s);
        Drawing d = draftDrawing(view.zoom());
        if (d != null) paint(g, DrawingShapes.shape(d, view));
        g.setGlobalAlpha(1);
        if (input != null) {
            var p = view.toScreen(inputAt);
            input.relocate(p.x(), p.y() - input.getHeight() / 2);
        }
    }

    /** Paints one shape on a canvas (the handout draws the same shapes as vectors). */
    static void paint(GraphicsContext g, DrawingShapes.Shape s) {
        Color c = Color.rgb(s.rgb() >> 16 & 0xff, s.rgb() >> 8 & 0xff, s.rgb() & 0xff);
        g.setGlobalAlpha(s.opacity());
        switch (s.drawing().tool()) {
            case TEXT -> {
                g.setFont(AtlasFonts.font(true, s.textSizePx()));
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.setStroke(Color.rgb(255, 255, 255, 0.92));
                g.setLineWidth(Math.max(3, s.textSizePx() * 0.22));
                g.strokeText(s.drawing().text(), s.xs()[0], s.ys()[0]);
                g.setFill(c);
                g.fillText(s.drawing().text(), s.xs()[0], s.ys()[0]);
            }
            default -> {
                if (s.isDot()) {
                    double r = s.widthPx() / 2;
                    g.setFill(c);
                    g.fillOval(s.xs()[0] - r, s.ys()[0] - r, 2 * r, 2 * r);
                } else {
                    g.setStroke(c);
                    g.setLineWidth(s.widthPx());
                    g.strokePolyline(s.xs(), s.ys(), s.xs().length);
                }
                if (s.headXs().length == 3) {
                    g.setFill(c);
                    g.fillPolygon(s.headXs(), s.headYs(), 3);
                }
            }
        }
        g.setGlobalAlpha(1);
    }

    private Drawing draftDrawing(double zoom) {
        if (draftTool == null || draft.isEmpty()) return null;
        if (draftTool == Drawing.Tool.ARROW && draft.size() < 2) return null;
        return Drawing.stroke(draftTool, draft, color.get(), zoom);
    }

    private void pressed(MouseEvent e) {
        e.consume();
        Drawing.Tool t = tool.get();
        if (t == null || e.getButton() != MouseButton.PRIMARY || t == Drawing.Tool.TEXT) return;
        draftTool = t;
        draft.clear();
        LatLon p = viewport().toLatLon(e.getX(), e.getY());
        draft.add(p);
        if (t == Drawing.Tool.ARROW) draft.add(p);
        lastX = e.getX();
        lastY = e.getY();
        markDirty();
    }

    private void dragged(MouseEvent e) {
        e.consume();
        if (draftTool == null || draft.isEmpty()) return;
        LatLon p = viewport().toLatLon(e.getX(), e.getY());
        if (draftTool == Drawing.Tool.ARROW) {
            draft.set(1, p);
        } else if (Math.hypot(e.getX() - lastX, e.getY() - lastY) >= MIN_STEP_PX && draft.size() < Drawing.MAX_POINTS) {
            draft.add(p);
            lastX = e.getX();
            lastY = e.getY();
        }
        markDirty();
    }

    private void released(MouseEvent e) {
        e.consume();
        Drawing.Tool t = tool.get();
        if (t == Drawing.Tool.TEXT && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
            startText(viewport().toLatLon(e.getX(), e.getY()));
            return;
        }
        if (draftTool == null || draft.isEmpty()) return;
        Viewport v = viewport();
        Drawing d = draftDrawing(v.zoom());
        draftTool = null;
        draft.clear();
        markDirty();
        if (d == null) return;
        if (d.tool() == Drawing.Tool.ARROW) {
            var a = v.toScreen(d.points().get(0));
            var b = v.toScreen(d.points().get(1));
            if (Math.hypot(b.x() - a.x(), b.y() - a.y()) < MIN_ARROW_PX) return;
        }
        onDrawn.accept(d);
    }

    /** Opens the field for a text label at {@code at}; Enter keeps the label, Esc drops it, leaving the field keeps it. */
    public void startText(LatLon at) {
        cancelText();
        TextField f = new TextField();
        f.getStyleClass().add("drawing-text-input");
        Translations.bind(f.promptTextProperty(), "drawing.label.prompt");
        Translations.bind(f.accessibleTextProperty(), "drawing.label.prompt");
        f.setPrefColumnCount(14);
        f.setFont(AtlasFonts.font(true, 15));
        input = f;
        inputAt = at;
        f.addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ENTER) { commitText(); k.consume(); }
            else if (k.getCode() == KeyCode.ESCAPE) { cancelText(); k.consume(); }
        });
        f.focusedProperty().addListener((o, was, now) -> { if (!now && input == f) commitText(); });
        getChildren().add(f);
        f.applyCss();
        f.autosize();
        var p = viewport().toScreen(at);
        f.relocate(p.x(), p.y() - f.getHeight() / 2);
        f.requestFocus();
    }

    /** Keeps the label being typed (when it has text) and closes the field. */
    public void commitText() {
        if (input == null) return;
        String text = input.getText().strip();
        LatLon at = inputAt;
        closeInput();
        if (text.isEmpty()) return;
        if (text.length() > Drawing.MAX_TEXT) text = text.substring(0, Drawing.MAX_TEXT);
        onDrawn.accept(Drawing.label(at, text, color.get(), viewport().zoom()));
    }

    /** Drops the label being typed. */
    public void cancelText() { closeInput(); }

    private void closeInput() {
        TextField f = input;
        input = null;
        inputAt = null;
        if (f != null) {
            getChildren().remove(f);
            if (map() != null) map().requestFocus();
        }
    }

    @Override public void dispose() {
        closeInput();
        super.dispose();
    }
}
