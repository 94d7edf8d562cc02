/**
 * The map pane: Gluon Maps' {@code MapView} showing tiles from {@link atlas.map.AtlasTileRetriever}, overlays over
 * it, and its chrome (zoom buttons, scale bar, pointer position, attribution, legend).
 *
 * <h2>API for overlays</h2>
 * <ul>
 *   <li>Subclass {@link atlas.map.CanvasLayer} (one canvas, many items) or {@link atlas.map.AtlasLayer} (nodes) and
 *       add it with {@link atlas.map.AtlasMap#addOverlay}; remove it with {@link atlas.map.MapLayers#remove}.
 *       Layers draw in {@code draw(GraphicsContext, Viewport)} / {@code layoutLayer()} and call {@code markDirty()}
 *       when their data change; the map re-lays them out after every view change.</li>
 *   <li>Project with {@link atlas.map.AtlasMap#getView()}: a {@link atlas.geo.Viewport}, i.e. an immutable
 *       {@link atlas.geo.Projector} ({@code toScreen(LatLon)}, {@code toLatLon(x, y)}) in the pane's pixels.</li>
 *   <li>Observe the view with {@link atlas.map.AtlasMap#viewProperty()}; move it with
 *       {@link atlas.map.AtlasMap#setView(atlas.model.LatLon, double)} or animate it with
 *       {@link atlas.map.AtlasMap#flyTo}.</li>
 *   <li>Add controls over the map with {@link atlas.map.AtlasMap#chrome()}.</li>
 *   <li>Layer ids for {@code AtlasState.visibleLayers()} are in {@link atlas.map.MapLayers}.</li>
 * </ul>
 *
 * <h2>Lifecycle</h2>
 * A layer subscribes to longer-lived state (the application state, the view) only through
 * {@link atlas.map.AtlasLayer#listen}/{@code follow}, and a map through {@link atlas.map.AtlasMap#listen}; removing a
 * layer ({@link atlas.map.MapLayers#remove}) or disposing a map ({@link atlas.map.AtlasMap#dispose}) removes them
 * all. {@link atlas.map.Subscriptions} does the same for anything else that comes and goes. Gluon's one tile
 * retriever per JVM is handled in one place, {@link atlas.map.TileSources}.
 *
 * <p>FX thread only, except {@link atlas.map.TileSources} (thread-safe). Tiles are rendered on a background
 * executor. Depends on {@link atlas.tiles}, {@link atlas.geo}, {@link atlas.model}, JavaFX and Gluon Maps'
 * public packages (never {@code com.gluonhq.impl}).
 */
package atlas.map;
