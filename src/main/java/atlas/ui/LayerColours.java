package atlas.ui;

import atlas.model.Workspace;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The colours given to new layers, in order: strong, distinct from one another and from the map's greens and
 * greys, and dark enough for a ring around a category symbol on a light map. A new layer takes the first one no
 * layer uses yet (after all eight, they repeat).
 */
final class LayerColours {
    /** The palette, {@code #rrggbb}. */
    static final List<String> PALETTE = List.of("#2166ac", "#c51b7d", "#1b9e77", "#7b3294", "#e6550d", "#4d9221",
            "#00838f", "#8c510a");

    private LayerColours() {}

    /** Gets the first palette colour no layer of {@code w} has, or the next one round when all are taken. */
    static String next(Workspace w) {
        Set<String> used = new HashSet<>();
        for (Workspace.Layer l : w.layers()) if (l.colour() != null) used.add(l.colour().toLowerCase(Locale.ROOT));
        for (String c : PALETTE) if (!used.contains(c)) return c;
        return PALETTE.get(w.layers().size() % PALETTE.size());
    }
}
