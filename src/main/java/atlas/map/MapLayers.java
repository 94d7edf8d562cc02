package atlas.map;

/**
 * Ids of the map's switchable layers (the values of {@code AtlasState.visibleLayers()}) and the one way to take an
 * overlay off a map. Each helper adds its layer's id here.
 */
public final class MapLayers {
    /** Town and country labels. */
    public static final String PLACE_LABELS = "place-labels";
    /** The marks drawn on the map ({@link AnnotationLayer}); not a toggle. */
    public static final String DRAWINGS = "drawings";
    /** The legend box. */
    public static final String LEGEND = "legend";
    /** The Lachin corridor: routes, old road, checkpoint, protest camp ({@link CorridorLayer}). */
    public static final String CORRIDOR = CorridorLayer.CORRIDOR;
    /** The corridor's 5 km band (an interpretation). */
    public static final String BAND = CorridorLayer.BAND;
    /** Russian peacekeeping headquarters and posts. */
    public static final String POSTS = CorridorLayer.POSTS;
    /** The former NKAO boundary (1991), drawn in the offline tiles. */
    public static final String NKAO_1991 = "nkao-1991";
    /** The 1994 ceasefire line, drawn in the offline tiles. */
    public static final String LINE_1994 = "line-1994";

    private MapLayers() {}

    /** Removes an overlay from a map and disposes it (Gluon's own removeLayer gives the layer no callback). */
    public static void remove(AtlasMap map, AtlasLayer layer) { map.removeOverlay(layer); }
}
