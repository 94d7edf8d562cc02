package atlas.map;

import atlas.model.FeatureKind;
import atlas.model.FeatureStatus;
import javafx.scene.paint.Color;

/**
 * The colours of the corridor overlay. A Canvas cannot read CSS, so, like the tiles' palette, the colours live in
 * one record; {@link #DEFAULT} is the atlas's scheme (status colours distinguishable in colour-blind simulation
 * by lightness as well as hue).
 */
public record CorridorPalette(Color open, Color blockaded, Color checkpoint, Color closed, Color oldRoad,
                              Color exodus, Color alternative, Color link, Color post, Color casing) {
    public static final CorridorPalette DEFAULT = new CorridorPalette(
            Color.web("#1a9850"), Color.web("#d7191c"), Color.web("#f28e00"), Color.web("#5a5a5a"),
            Color.web("#8c510a"), Color.web("#7b3294"), Color.web("#2166ac"), Color.web("#1a1a1a"),
            Color.web("#1f3a93"), Color.web("#ffffff"));

    /** Gets the colour of a route, band or point for its status (protest camps and checkpoints by kind). */
    public Color of(FeatureKind kind, FeatureStatus status) {
        return switch (kind) {
            case LACHIN_ROAD_1992 -> oldRoad;
            case EXODUS_ROUTE -> exodus;
            case ALTERNATIVE_ROUTE -> alternative;
            case TEMPORARY_LINK -> link;
            case PEACEKEEPING_HQ, PEACEKEEPING_POST -> post;
            case CHECKPOINT -> checkpoint;
            case PROTEST_CAMP -> blockaded;
            default -> switch (status) {
                case OPEN, NONE -> open;
                case CLOSED_TO_CIVILIANS -> blockaded;
                case CHECKPOINT -> checkpoint;
                case CLOSED -> closed;
            };
        };
    }
}
