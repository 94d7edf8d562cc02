package atlas.map;

/**
 * Ids of the map's switchable layers (the values of {@code AtlasState.visibleLayers()}) and the one way to take an
 * overlay off a map. Each helper adds its layer's id here.
 */
public final class MapLayers {
    /** Town and country labels. */
    public static final String PLACE_LABELS = "place-labels";
    /** The legend box. */
    public static final String LEGEND = "legend";

    private MapLayers() {}

    /** Removes an overlay from a map and disposes it (Gluon's own removeLayer gives the layer no callback). */
    public static void remove(AtlasMap map, AtlasLayer layer) { map.removeOverlay(layer); }
}
