package atlas.tiles;

import atlas.geo.TileId;
import java.awt.image.BufferedImage;

/** The default tile source: tiles rendered on the fly from the bundled base map, no network at all. */
public final class OfflineTileSource implements TileSource {
    /** Gets the attribution of the bundled base-map data. */
    public static final String ATTRIBUTION = "© OpenStreetMap contributors (ODbL) · GSHHG/WDB II, Wessel & Smith (LGPL) · "
            + "Natural Earth (public domain) · GeoNames (CC BY) · SRTM30 NASA/JPL · ETOPO5 NOAA";
    private final TileRenderer renderer;

    public OfflineTileSource(TileRenderer renderer) { this.renderer = renderer; }

    @Override public String name() { return "Offline atlas"; }

    @Override public String attribution() { return ATTRIBUTION; }

    @Override public BufferedImage tile(TileId id) { return renderer.render(id); }

    /** Gets the renderer behind this source. */
    public TileRenderer renderer() { return renderer; }
}
