package atlas.ui;

import atlas.geo.Viewport;
import atlas.i18n.Language;
import atlas.map.AtlasMap;
import atlas.model.LatLon;
import atlas.model.NameStyle;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * The user's settings between runs, in {@link java.util.prefs}: window bounds, last view, tile source and name
 * style. The node is {@code /<atlas.prefs.node>} (default {@code corridor-atlas}), so tests use their own node.
 */
public final class WindowPrefs {
    private final Preferences node;

    private WindowPrefs(Preferences node) { this.node = node; }

    /** Gets the preferences of this run (node from the {@code atlas.prefs.node} system property). */
    public static WindowPrefs standard() {
        return new WindowPrefs(Preferences.userRoot().node(System.getProperty("atlas.prefs.node", "corridor-atlas")));
    }

    /** Gets the saved window bounds, if any. */
    public Optional<Rectangle2D> windowBounds() {
        double w = node.getDouble("window.w", -1), h = node.getDouble("window.h", -1);
        if (w < 200 || h < 150) return Optional.empty();
        return Optional.of(new Rectangle2D(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h));
    }

    /** Tests whether the window was maximized. */
    public boolean maximized() { return node.getBoolean("window.maximized", false); }

    /** Gets the last view's centre, or the default. */
    public LatLon center() {
        double lat = node.getDouble("view.lat", AtlasMap.DEFAULT_CENTER.lat());
        double lon = node.getDouble("view.lon", AtlasMap.DEFAULT_CENTER.lon());
        try {
            return new LatLon(lat, lon);
        } catch (IllegalArgumentException e) {
            return AtlasMap.DEFAULT_CENTER;
        }
    }

    /** Gets the last view's zoom, or the default. */
    public double zoom() { return Viewport.clampZoom(node.getDouble("view.zoom", AtlasMap.DEFAULT_ZOOM)); }

    /** Gets the last tile source's name ("" if none). */
    public String tileSource() { return node.get("tiles.source", ""); }

    /** Gets the last name style, or both names. */
    public NameStyle nameStyle() {
        try {
            return NameStyle.valueOf(node.get("names.style", NameStyle.BOTH.name()));
        } catch (IllegalArgumentException e) {
            return NameStyle.BOTH;
        }
    }

    /** Applies the remembered accessibility settings (high contrast, text size, reduced motion) to {@code d}. */
    /** Gets the text size step remembered ({@link DisplaySettings#DEFAULT_SCALE} at first). */
    public int textScale() {
        return Math.max(0, Math.min(DisplaySettings.MAX_SCALE, node.getInt("display.textScale", DisplaySettings.DEFAULT_SCALE)));
    }

    public void restoreDisplay(DisplaySettings d, AtlasState state) {
        d.highContrastProperty().set(node.getBoolean("display.highContrast", false));
        d.textScaleProperty().set(textScale());
        state.setReducedMotion(node.getBoolean("display.reducedMotion", false));
    }

    /** Remembers the accessibility settings (flushed at once). */
    public void saveDisplay(DisplaySettings d, AtlasState state) {
        node.putBoolean("display.highContrast", d.highContrastProperty().get());
        node.putInt("display.textScale", d.textScaleProperty().get());
        node.putBoolean("display.reducedMotion", state.isReducedMotion());
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // not fatal: the next run opens with the defaults
        }
    }

    /** Gets the interface language the user chose last, if any. */
    public Optional<Language> language() { return Language.ofTag(node.get("ui.language", null)); }

    /** Remembers the interface language the user chose (flushed at once). */
    public void saveLanguage(Language l) {
        node.put("ui.language", l.tag());
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // not fatal: the next run opens in the system's language
        }
    }

    /** Saves everything and flushes to the backing store (errors are ignored: preferences are a convenience). */
    public void save(Rectangle2D window, boolean maximized, Viewport view, String tileSource, NameStyle style) {
        if (window != null) {
            node.putDouble("window.x", window.getMinX());
            node.putDouble("window.y", window.getMinY());
            node.putDouble("window.w", window.getWidth());
            node.putDouble("window.h", window.getHeight());
        }
        node.putBoolean("window.maximized", maximized);
        node.putDouble("view.lat", view.center().lat());
        node.putDouble("view.lon", view.center().lon());
        node.putDouble("view.zoom", view.zoom());
        node.put("tiles.source", tileSource);
        node.put("names.style", style.name());
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // not fatal: the next run opens with the defaults
        }
    }

    /** Removes every saved setting of this node. */
    public void clear() {
        try {
            node.clear();
            node.flush();
        } catch (BackingStoreException ignored) {
            // nothing saved, nothing to clear
        }
    }
}
