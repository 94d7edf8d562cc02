package atlas.map;

import atlas.i18n.Texts;
import atlas.geo.PixelXY;
import atlas.geo.ProjectedTimeline;
import atlas.geo.Viewport;
import atlas.model.TimedEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The labels of events on the map: the selected event's (title and date) and those of the events a story stop
 * highlights (title), on one canvas above the markers, placed once per frame so that they never hide the names of
 * the towns in view nor each other ({@link EventLabels}): a label goes to the first free place around its marker,
 * further out with a leader line, shortened, and otherwise gives way. The names to keep clear come from
 * {@code keepClear} (the {@link PlaceLabelLayer}'s placement for the same view). FX thread only.
 */
public final class EventLabelLayer extends CanvasLayer {
    /** Radius of the selected event's ring, as the {@link EventLayer} draws it, in pixels. */
    public static final double SELECTED_RING_PX = 12;
    /** Radius of a highlighted event's ring, as the {@link HighlightLayer} draws it, in pixels. */
    public static final double HIGHLIGHT_RING_PX = 17;
    // the interface's typeface (Armenian, Cyrillic and ə in titles), as the window's text
    private final Font titleFont = AtlasFonts.font(true, 12.5);
    private final Font dateFont = AtlasFonts.font(false, 11);
    private final Font highlightFont = AtlasFonts.font(true, 13);
    private static final Color INK = Color.web("#1b1f24"), MUTED = Color.web("#55606b"), BORDER = Color.web("#9aa3ad");
    private static final Color LEADER = Color.web("#55606b", 0.9);


    private final Function<Viewport, List<LabelBox>> keepClear;
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private TimedEvent selected;
    private java.time.LocalDate date = atlas.model.EventDate.DEFAULT_DAY;
    private List<TimedEvent> highlighted = List.of();
    private List<EventLabels.Placement> placements = List.of();

    /** Creates the layer; {@code keepClear} gives the boxes of the names shown in a view (none: {@code v -> List.of()}). */
    public EventLabelLayer(Function<Viewport, List<LabelBox>> keepClear) {
        this.keepClear = Objects.requireNonNull(keepClear);
        getStyleClass().add("event-label-layer");
        setId("event-labels");
    }

    /** Sets the selected event (null for none) and the highlighted events (empty for none) to label. */
    public void setEvents(TimedEvent selected, List<TimedEvent> highlighted) {
        Fx.requireFxThread();
        this.selected = selected;
        this.highlighted = List.copyOf(highlighted);
        markDirty();
    }

    /** Sets the date shown: a moving event's label follows where its track has it on the date. */
    public void setDate(java.time.LocalDate d) {
        Fx.requireFxThread();
        if (d.equals(date)) return;
        date = d;
        if ((selected != null && selected.track() != null) || highlighted.stream().anyMatch(e -> e.track() != null)) markDirty();
    }

    /** Gets the labels placed in the last frame, in drawing order (labels that gave way are not among them). */
    public List<EventLabels.Placement> placements() { return placements; }

    @Override protected void draw(GraphicsContext g, Viewport view) {
        List<EventLabels.Request> requests = new ArrayList<>();
        if (selected != null && selected.point() != null)
            requests.add(request(selected, view, SELECTED_RING_PX,
                    selected.dateLabel() + (selected.isApproximate() ? "  ·  " + Texts.get("list.row.approximate") : "")));
        for (TimedEvent e : highlighted) {
            if (e.point() == null || e.equals(selected)) continue;
            requests.add(request(e, view, HIGHLIGHT_RING_PX, null));
        }
        placements = requests.isEmpty() ? List.of()
                : EventLabels.place(requests, keepClear.apply(view), view.widthPx(), view.heightPx(), this::width);
        for (EventLabels.Placement p : placements) paint(g, p);
    }

    private EventLabels.Request request(TimedEvent e, Viewport view, double ringPx, String dateLine) {
        PixelXY p = view.toScreen(ProjectedTimeline.positionOn(e, date));
        return new EventLabels.Request(e, p.x(), p.y(), ringPx, e.title(), dateLine);
    }

    /** Measures a label line: the title (bold) of a selected event's label, its date, or a highlight's title. */
    private double width(String text, EventLabels.Line line) {
        Font f = switch (line) { case TITLE -> titleFont; case DATE -> dateFont; case HIGHLIGHT -> highlightFont; };
        return widths.computeIfAbsent(line + "|" + text, k -> {
            measure.setFont(f);
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }

    private void paint(GraphicsContext g, EventLabels.Placement p) {
        LabelBox b = p.box();
        if (p.leader()) {
            // from the ring's edge towards the label
            double cx = Math.max(b.x(), Math.min(b.maxX(), p.anchorX())), cy = Math.max(b.y(), Math.min(b.maxY(), p.anchorY()));
            double dx = cx - p.anchorX(), dy = cy - p.anchorY(), d = Math.hypot(dx, dy);
            if (d > p.ringPx()) {
                g.setStroke(LEADER);
                g.setLineWidth(1.2);
                g.strokeLine(p.anchorX() + dx / d * p.ringPx(), p.anchorY() + dy / d * p.ringPx(), cx, cy);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        if (p.date() != null) {
            g.setGlobalAlpha(0.94);
            g.setFill(Color.WHITE);
            g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 6, 6);
            g.setGlobalAlpha(1);
            g.setStroke(BORDER);
            g.setLineWidth(1);
            g.strokeRoundRect(b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1, 6, 6);
            g.setTextBaseline(VPos.TOP);
            g.setFill(INK);
            g.setFont(titleFont);
            g.fillText(p.title(), b.x() + EventLabels.PAD_X, b.y() + 3);
            g.setFill(MUTED);
            g.setFont(dateFont);
            g.fillText(p.date(), b.x() + EventLabels.PAD_X, b.y() + 19);
        } else {
            g.setFill(Color.web("#ffffff", 0.9));
            g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 6, 6);
            g.setTextBaseline(VPos.CENTER);
            g.setFill(INK);
            g.setFont(highlightFont);
            g.fillText(p.title(), b.x() + 5, b.y() + b.h() / 2);
        }
    }
}
