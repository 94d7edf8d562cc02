package atlas.map;

import atlas.geo.Viewport;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * An overlay drawn on one {@link Canvas} the size of the map: subclasses implement {@link #draw}, called with a
 * cleared canvas after every view change and {@link #markDirty()}. Use this, not a node per item, for many items.
 */
public abstract class CanvasLayer extends AtlasLayer {
    private final Canvas canvas = new Canvas();

    protected CanvasLayer() {
        getChildren().add(canvas);
        canvas.setMouseTransparent(true);
    }

    /** Gets the canvas (e.g. to make it receive mouse events). */
    protected final Canvas canvas() { return canvas; }

    @Override protected final void layoutLayer() {
        if (map() == null) return;
        Viewport v = viewport();
        if (canvas.getWidth() != v.widthPx() || canvas.getHeight() != v.heightPx()) {
            canvas.setWidth(v.widthPx());
            canvas.setHeight(v.heightPx());
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        draw(g, v);
    }

    /** Draws the layer for a view; the canvas is cleared and the size of the view. */
    protected abstract void draw(GraphicsContext g, Viewport view);
}
