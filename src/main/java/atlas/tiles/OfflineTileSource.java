package atlas.tiles;

import atlas.geo.TileId;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Set;

/**
 * The default tile source: tiles rendered on the fly from the bundled base map, no network at all. Immutable: the
 * historical lines a map leaves out are part of the source value ({@link #withHiddenLines}), so two maps that differ
 * in them use two sources and never change a shared renderer.
 */
public final class OfflineTileSource implements TileSource {
    /** Gets the attribution of the bundled base-map data. */
    public static final String ATTRIBUTION = "© OpenStreetMap contributors (ODbL) · GSHHG/WDB II, Wessel & Smith (LGPL) · "
            + "Natural Earth (public domain) · GeoNames (CC BY) · SRTM30 NASA/JPL · ETOPO5 NOAA";
    private final TileRenderer renderer;
    private final Set<String> hiddenLines;

    public OfflineTileSource(TileRenderer renderer) { this(renderer, Set.of()); }

    private OfflineTileSource(TileRenderer renderer, Set<String> hiddenLines) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.hiddenLines = Set.copyOf(hiddenLines);
    }

    @Override public String name() { return "Offline atlas"; }

    @Override public String attribution() { return ATTRIBUTION; }

    @Override public BufferedImage tile(TileId id) { return renderer.render(id, hiddenLines); }

    /** Gets the renderer behind this source. */
    public TileRenderer renderer() { return renderer; }

    /** Gets the historical line kinds this source leaves out (see {@link TileRenderer#render(TileId, Set)}). */
    public Set<String> hiddenLines() { return hiddenLines; }

    /** Gets a source drawing the same tiles without the lines of these kinds. */
    public OfflineTileSource withHiddenLines(Set<String> kinds) {
        return kinds.equals(hiddenLines) ? this : new OfflineTileSource(renderer, kinds);
    }

    /** Sources are equal when they render the same tiles: the same renderer leaving out the same lines. */
    @Override public boolean equals(Object o) {
        return o instanceof OfflineTileSource s && s.renderer == renderer && s.hiddenLines.equals(hiddenLines);
    }

    @Override public int hashCode() { return System.identityHashCode(renderer) * 31 + hiddenLines.hashCode(); }

    @Override public String toString() { return name() + (hiddenLines.isEmpty() ? "" : " without " + hiddenLines); }
}
