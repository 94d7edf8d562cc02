package atlas.map;

import atlas.geo.PixelXY;
import atlas.geo.Town;
import atlas.geo.Viewport;
import atlas.i18n.Texts;
import atlas.model.LatLon;
import atlas.model.NameStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Town and country names drawn over the tiles on one canvas, so that the name style switches instantly. Labels are
 * placed greedily without overlaps (a {@link LabelGrid}): capitals, then contested towns and larger towns first; a
 * town label tries the right, left, top and bottom of its dot and is dropped when all four collide. Which towns
 * appear depends on zoom.
 *
 * <p>The placement is computed once per view and name style ({@link #placed}) and shared with the layers that must
 * keep clear of the names ({@link #keepClear}): event labels go elsewhere, corridor lines break under them.
 */
public final class PlaceLabelLayer extends CanvasLayer {
    /** A name drawn at a point: a country or region (no dot; its text is the key of its name) or a town. */
    record Anchor(String text, LatLon point, int rank, Kind kind, double sizePx) {}

    enum Kind { COUNTRY, REGION, TOWN }

    /** A label placed on screen: its text box and, for towns, the dot. */
    record Placed(Anchor anchor, Bounds box, double textX, double textY, PixelXY dot) {}

    private static final List<Anchor> AREAS = List.of(
            new Anchor("map.area.armenia", new LatLon(40.05, 45.05), 0, Kind.COUNTRY, 15),
            new Anchor("map.area.azerbaijan", new LatLon(40.55, 47.55), 0, Kind.COUNTRY, 15),
            new Anchor("map.area.iran", new LatLon(38.62, 46.2), 0, Kind.COUNTRY, 15),
            new Anchor("map.area.turkey", new LatLon(39.55, 43.6), 0, Kind.COUNTRY, 15),
            new Anchor("map.area.georgia", new LatLon(41.55, 45.1), 0, Kind.COUNTRY, 15),
            new Anchor("map.area.russia", new LatLon(42.2, 47.2), 0, Kind.COUNTRY, 15),
            new Anchor("map.area.nakhchivan", new LatLon(39.35, 45.35), 1, Kind.REGION, 11),
            new Anchor("map.area.nagorno-karabakh", new LatLon(40.0, 46.55), 1, Kind.REGION, 12));

    private final List<Town> towns;
    private final ObjectProperty<NameStyle> nameStyle = new SimpleObjectProperty<>(this, "nameStyle", NameStyle.BOTH);
    private final Map<String, Double> widthCache = new HashMap<>();
    private final Text measure = new Text();
    /** A name as drawn (text, kind, size): the same on every frame it shows. */
    private record Name(String text, Kind kind, double sizePx) {}
    /**
     * The names with their halos, painted once and stamped ({@link Stamps}), shared by every map on screens of a scale;
     * there are a few hundred at most in each language.
     */
    private static final Map<Double, Stamps<Name>> NAMES = new HashMap<>();
    private Viewport placedView;
    private NameStyle placedStyle;
    private List<LabelBox> placedAvoid = List.of();
    private List<Placed> placed = List.of();
    private Function<Viewport, List<LabelBox>> avoid = v -> List.of();
    private Function<Viewport, List<double[][]>> avoidLines = v -> List.of();
    private List<double[][]> placedLines = List.of();

    /** Creates the layer for the base map's towns, sorted once by label priority. */
    public PlaceLabelLayer(List<Town> towns) {
        List<Town> sorted = new ArrayList<>(towns);
        sorted.sort(Comparator.comparingDouble(PlaceLabelLayer::priority).reversed());
        this.towns = List.copyOf(sorted);
        nameStyle.addListener(o -> markDirty());
        getStyleClass().add("place-label-layer");
        setId(MapLayers.PLACE_LABELS);
    }

    /** The name style of town labels (default both names). */
    public ObjectProperty<NameStyle> nameStyleProperty() { return nameStyle; }
    public NameStyle getNameStyle() { return nameStyle.get(); }
    public void setNameStyle(NameStyle s) { nameStyle.set(s); }

    private static double priority(Town t) {
        double p = Math.max(1, t.population());
        if (t.capital()) p *= 100;
        if (t.names().isContested()) p *= 4;
        return p;
    }

    /** Gets the smallest population labelled at a zoom level. */
    static long minPopulation(double zoom) {
        if (zoom < 6) return 400_000;
        if (zoom < 7) return 90_000;
        if (zoom < 8) return 25_000;
        if (zoom < 9) return 8_000;
        if (zoom < 10) return 3_000;
        return 0;
    }

    @Override protected void draw(GraphicsContext g, Viewport view) {
        List<Placed> shown = placed(view);
        // every name the view lacks is painted first, all in one snapshot; then each is a stamp
        Stamps<Name> names = names();
        for (Placed p : shown) if (p.anchor() != null) wantName(p.anchor());
        names.paintWanted();
        for (Placed p : shown) paint(g, p);
    }

    /**
     * Sets what a town name should rather not cover in a view (the rings of the events a stop highlights): a name
     * takes another side of its dot when one is free of them. Marks the layer dirty.
     */
    public void setAvoid(Function<Viewport, List<LabelBox>> boxes) {
        avoid = java.util.Objects.requireNonNull(boxes);
        markDirty();
    }

    /**
     * Sets the lines a town name should rather not lie on in a view (the corridor's routes, in screen pixels): a name
     * takes another side of its dot when one is clear of them; lines still under a name break there. Marks the layer
     * dirty.
     */
    public void setAvoidLines(Function<Viewport, List<double[][]>> lines) {
        avoidLines = java.util.Objects.requireNonNull(lines);
        markDirty();
    }

    /** Gets the labels shown in a view with the current name style: computed once per view and style, then reused. */
    List<Placed> placed(Viewport view) {
        List<LabelBox> a = avoid.apply(view);
        List<double[][]> lines = avoidLines.apply(view);
        if (!view.equals(placedView) || getNameStyle() != placedStyle || !a.equals(placedAvoid) || !sameLines(lines, placedLines)) {
            placedAvoid = a;
            placedLines = lines;
            placed = place(view, getNameStyle());
            placedView = view;
            placedStyle = getNameStyle();
        }
        return placed;
    }

    /**
     * Gets the boxes of the names shown in a view (town names and their dots, region and country names), which
     * other labels must not cover and lines must not cross; the same placement the layer draws.
     */
    public List<LabelBox> keepClear(Viewport view) {
        List<Placed> p = placed(view);
        List<LabelBox> out = new ArrayList<>(p.size());
        for (Placed q : p) out.add(box(q.box()));
        return out;
    }

    /** Gets the boxes of the names shown in a view, text only (town dots are not included: lines may end at them). */
    public List<LabelBox> textBoxes(Viewport view) {
        List<LabelBox> out = new ArrayList<>();
        for (Placed q : placed(view)) if (q.anchor() != null) out.add(box(q.box()));
        return out;
    }

    /** Gets the boxes of the town names shown in a view (the text only, without the dots). */
    public List<LabelBox> townNameBoxes(Viewport view) {
        List<LabelBox> out = new ArrayList<>();
        for (Placed q : placed(view)) if (q.anchor() != null && q.anchor().kind() == Kind.TOWN) out.add(box(q.box()));
        return out;
    }

    private static LabelBox box(Bounds b) { return new LabelBox(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()); }

    /** Computes the labels shown in a view, without overlaps, in drawing order. */
    List<Placed> place(Viewport view, NameStyle style) {
        List<Placed> placed = new ArrayList<>();
        LabelGrid grid = new LabelGrid();
        double z = view.zoom();
        double margin = 40;
        // towns of priority above the country names come first, so the map's main towns are never hidden
        int i = 0;
        for (; i < towns.size() && towns.get(i).population() >= 100_000; i++) placeTown(towns.get(i), view, z, style, placed, grid, margin);
        if (z >= 4 && z < 10.5) {
            for (Anchor a : AREAS) {
                if (a.kind() == Kind.REGION && z < 7) continue;
                double size = a.kind() == Kind.COUNTRY ? Math.min(20, a.sizePx() + (z - 7) * 1.5) : a.sizePx();
                // the text of an area is its key: its name in the interface's language, in capitals
                String name = Texts.get(a.text()).toUpperCase(Texts.locale());
                Anchor sized = new Anchor(name, a.point(), a.rank(), a.kind(), size);
                PixelXY p = view.toScreen(a.point());
                double w = spacedWidth(sized);
                Bounds box = new BoundingBox(p.x() - w / 2, p.y() - size * 0.6, w, size * 1.2);
                if (onScreen(box, view, margin) && grid.isFree(box(box))) {
                    placed.add(new Placed(sized, box, box.getMinX(), p.y(), null));
                    grid.add(box(box));
                }
            }
        }
        for (; i < towns.size(); i++) placeTown(towns.get(i), view, z, style, placed, grid, margin);
        return placed;
    }

    private void placeTown(Town t, Viewport view, double z, NameStyle style, List<Placed> placed, LabelGrid grid, double margin) {
        boolean key = t.names().isContested() && z >= 8;
        if (t.population() < minPopulation(z) && !t.capital() && !key) return;
        PixelXY dot = view.toScreen(t.point());
        if (dot.x() < -margin || dot.y() < -margin || dot.x() > view.widthPx() + margin || dot.y() > view.heightPx() + margin) return;
        String text = t.names().label(style);
        double size = townSize(t);
        Anchor a = new Anchor(text, t.point(), 2, Kind.TOWN, size);
        double w = width(text, font(a)), h = size * 1.25;
        double r = dotRadius(t) + 3;
        double[][] offsets = {{r, -h / 2}, {-r - w, -h / 2}, {-w / 2, -r - h}, {-w / 2, r}};
        // an event's ring on the dot itself: the same sides, just outside the ring
        double far = EventLabelLayer.HIGHLIGHT_RING_PX + 2;
        double[][] outside = {{far, -h / 2}, {-far - w, -h / 2}, {-w / 2, -far - h}, {-w / 2, far}};
        Bounds dotBox = new BoundingBox(dot.x() - r + 2, dot.y() - r + 2, 2 * r - 4, 2 * r - 4);
        if (!grid.isFree(box(dotBox))) return;
        // first a side that covers no highlighted event's ring (near the dot, then outside a ring on it), then any
        for (int pass = 0; pass < 3; pass++) for (double[] o : pass == 1 ? outside : offsets) {
            Bounds box = new BoundingBox(dot.x() + o[0], dot.y() + o[1], w, h);
            if (pass < 2 && (covers(box(box), placedAvoid) || crosses(box(box), placedLines))) continue;
            if (grid.isFree(box(box))) {
                placed.add(new Placed(a, box, box.getMinX(), box.getMinY() + h / 2, dot));
                placed.add(new Placed(null, dotBox, 0, 0, null));
                grid.add(box(box));
                grid.add(box(dotBox));
                return;
            }
        }
    }

    private static boolean crosses(LabelBox b, List<double[][]> lines) {
        for (double[][] l : lines) {
            double[] xs = l[0], ys = l[1];
            for (int i = 0; i + 1 < xs.length; i++) {
                if (Math.max(xs[i], xs[i + 1]) < b.x() || Math.min(xs[i], xs[i + 1]) > b.maxX()
                        || Math.max(ys[i], ys[i + 1]) < b.y() || Math.min(ys[i], ys[i + 1]) > b.maxY()) continue;
                if (LineGaps.inside(xs[i], ys[i], xs[i + 1], ys[i + 1], b) != null) return true;
            }
        }
        return false;
    }

    private static boolean sameLines(List<double[][]> a, List<double[][]> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++)
            if (!java.util.Arrays.equals(a.get(i)[0], b.get(i)[0]) || !java.util.Arrays.equals(a.get(i)[1], b.get(i)[1])) return false;
        return true;
    }

    private static boolean covers(LabelBox b, List<LabelBox> boxes) {
        for (LabelBox o : boxes) if (o.intersects(b)) return true;
        return false;
    }

    private static boolean onScreen(Bounds b, Viewport v, double margin) {
        return b.getMaxX() > -margin && b.getMaxY() > -margin && b.getMinX() < v.widthPx() + margin && b.getMinY() < v.heightPx() + margin;
    }

    private static double townSize(Town t) {
        if (t.capital() || t.population() >= 200_000) return 15;
        if (t.population() >= 40_000) return 13.5;
        if (t.population() >= 10_000) return 12.5;
        return 11.5;
    }

    private static double dotRadius(Town t) {
        if (t.capital() || t.population() >= 200_000) return 4;
        if (t.population() >= 40_000) return 3.5;
        if (t.population() >= 10_000) return 3;
        return 2.5;
    }

    private static Font font(Anchor a) {
        return switch (a.kind()) {
            case COUNTRY -> AtlasFonts.font(true, a.sizePx());
            case REGION -> AtlasFonts.italic(a.sizePx());
            case TOWN -> AtlasFonts.font(a.sizePx() >= 13.5, a.sizePx());
        };
    }

    private double width(String text, Font f) {
        return widthCache.computeIfAbsent(f.getSize() + "|" + f.getStyle() + "|" + text, k -> {
            measure.setFont(f);
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }

    private double letterSpacing(Anchor a) { return a.sizePx() * 0.28; }

    private double spacedWidth(Anchor a) {
        Font f = font(a);
        double w = 0;
        for (int k = 0; k < a.text().length(); k++) w += width(a.text().substring(k, k + 1), f) + letterSpacing(a);
        return w - letterSpacing(a);
    }

    private void paint(GraphicsContext g, Placed p) {
        Anchor a = p.anchor();
        if (a == null) return;
        if (a.kind() == Kind.TOWN) {
            PixelXY d = p.dot();
            double r = a.sizePx() >= 15 ? 4 : a.sizePx() >= 13.5 ? 3.5 : a.sizePx() >= 12.5 ? 3 : 2.5;
            g.setFill(Color.WHITE);
            g.fillOval(d.x() - r - 1.2, d.y() - r - 1.2, 2 * r + 2.4, 2 * r + 2.4);
            g.setFill(Color.rgb(60, 52, 64));
            g.fillOval(d.x() - r, d.y() - r, 2 * r, 2 * r);
        }
        names().stamp(g, new Name(a.text(), a.kind(), a.sizePx()), p.textX(), p.textY(), 1);
    }

    /** The room a name's picture leaves around its text for the halo. */
    private static final double NAME_MARGIN = 4;

    /** Gets the names painted for the scale of the screen this layer is on. */
    private Stamps<Name> names() {
        return NAMES.computeIfAbsent(Fx.outputScale(canvas()), scale -> new Stamps<>(2048, scale));
    }

    /** Notes that a name is to be stamped: its box is its text's width and a line's height, with room for the halo. */
    private void wantName(Anchor a) {
        Stamps<Name> names = names();
        Name key = new Name(a.text(), a.kind(), a.sizePx());
        if (names.has(key)) return;
        double w = (a.kind() == Kind.TOWN ? width(a.text(), font(a)) : spacedWidth(a)) + 2 * NAME_MARGIN;
        double h = Math.ceil(a.sizePx() * 1.6 + 2 * NAME_MARGIN);
        names.want(key, Math.ceil(w), h, NAME_MARGIN, h / 2, (g, x, y, opacity) -> paintName(g, a, x, y, opacity));
    }

    /** Paints a name with its halo, its text starting at x and centred on y: a town's dark on white, an area's spaced out. */
    private void paintName(GraphicsContext g, Anchor a, double x, double y, double opacity) {
        Font f = font(a);
        g.setGlobalAlpha(opacity);
        g.setFont(f);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        if (a.kind() == Kind.TOWN) {
            halo(g, a.text(), x, y, 3.2, Color.rgb(255, 255, 255, 0.9));
            g.setFill(Color.rgb(40, 34, 44));
            g.fillText(a.text(), x, y);
        } else {
            Color ink = a.kind() == Kind.COUNTRY ? Color.rgb(90, 80, 96, 0.85) : Color.rgb(120, 40, 126, 0.85);
            for (int k = 0; k < a.text().length(); k++) {
                String ch = a.text().substring(k, k + 1);
                halo(g, ch, x, y, 3, Color.rgb(255, 255, 255, 0.7));
                g.setFill(ink);
                g.fillText(ch, x, y);
                x += width(ch, f) + letterSpacing(a);
            }
        }
        g.setGlobalAlpha(1);
    }

    private static void halo(GraphicsContext g, String text, double x, double y, double w, Color c) {
        g.setStroke(c);
        g.setLineWidth(w);
        g.strokeText(text, x, y);
    }
}
