package atlas.map;

import atlas.map.CorridorScene.Item;
import atlas.map.CorridorScene.Shape;
import atlas.map.CorridorScene.View;
import atlas.model.FeatureKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The corridor's legend: one row per kind and status currently drawn, plus the notes on approximate symbols and on
 * the band being an interpretation. Rebuilt only when the set of rows changes (a phase boundary), not per frame.
 */
public final class CorridorLegend extends VBox {
    private final CorridorPainter painter;
    private List<String> keys = List.of();
    /**
     * Whether the legend has rows. Not the node's own visibility: a folded TitledPane hides its content node, and a
     * pane shown only while its content is visible would vanish when folded.
     */
    private final javafx.beans.property.ReadOnlyBooleanWrapper hasRows = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "hasRows", false);

    CorridorLegend(CorridorPalette palette) {
        this.painter = new CorridorPainter(palette);
        getStyleClass().add("corridor-legend");
        setId("corridor-legend");
        getStylesheets().add(CorridorLegend.class.getResource("corridor.css").toExternalForm());
    }

    /** Whether the legend has any row (something of the corridor is drawn); its pane shows only then. */
    public javafx.beans.property.ReadOnlyBooleanProperty hasRowsProperty() { return hasRows.getReadOnlyProperty(); }

    /** Gets the keys ("corridor-route:open", "checkpoint", …) of the rows shown, top to bottom. */
    public List<String> keys() { return keys; }

    /** Gets the legend text of a row key ("corridor-route:open", "checkpoint") in the interface's language. */
    public static String label(String key) {
        return atlas.i18n.Texts.getOrDefault("corridor.legend." + key.replace(':', '.'), key);
    }

    /** Gets the note shown whenever the band is drawn, in the interface's language. */
    public static String bandNote() { return atlas.i18n.Texts.get("corridor.legend.band-note"); }

    /** Writes the rows' texts again in the interface's language. */
    void relabel() {
        for (javafx.scene.Node n : getChildren()) {
            if (n instanceof HBox row && row.getUserData() instanceof String key && row.getChildren().get(1) instanceof Label l)
                l.setText(label(key));
            else if (n instanceof Label note) note.setText(bandNote());
        }
    }

    /** Gets the legend row key of an item. */
    static String key(Item it) {
        return it.kind() == FeatureKind.CORRIDOR_ROUTE ? "corridor-route:" + it.feature().status().key() : it.kind().key();
    }

    /** Shows the rows for the items drawn; does nothing when the rows are the same as before. */
    void show(List<Item> active) {
        Map<String, Item> rows = new LinkedHashMap<>();
        boolean approx = false;
        Item approxSample = null;
        for (int k = active.size() - 1; k >= 0; k--) {
            Item it = active.get(k);
            Item seen = rows.get(key(it));
            // a row's swatch shows the plain symbol; approximate ones have their own row
            if (seen == null || (seen.feature().approximate() && !it.feature().approximate())) rows.put(key(it), it);
            if (it.shape() == Shape.POINT && it.feature().approximate()) { approx = true; approxSample = it; }
        }
        List<String> newKeys = new ArrayList<>(rows.keySet());
        if (approx) newKeys.add("approximate");
        if (rows.containsKey("corridor-band")) newKeys.add("band-note");
        if (newKeys.equals(keys)) return;
        keys = List.copyOf(newKeys);
        getChildren().clear();
        for (Map.Entry<String, Item> e : rows.entrySet()) getChildren().add(row(e.getKey(), e.getValue()));
        if (approx) getChildren().add(row("approximate", approxSample));
        if (rows.containsKey("corridor-band")) {
            Label note = new Label(bandNote());
            note.setWrapText(true);
            note.setMaxWidth(230);
            note.getStyleClass().add("corridor-legend-note");
            getChildren().add(note);
        }
        hasRows.set(!keys.isEmpty());
    }

    private HBox row(String key, Item sample) {
        Canvas swatch = new Canvas(34, 18);
        Item s = switch (sample.shape()) {
            case LINE -> new Item(sample.feature(), Shape.LINE, sample.group(), 0, new double[][] {{3, 31}}, new double[][] {{9, 9}});
            case AREA -> new Item(sample.feature(), Shape.AREA, sample.group(), 0,
                    new double[][] {{2, 32, 32, 2, 2}}, new double[][] {{3, 3, 15, 15, 3}});
            case POINT -> new Item(sample.feature(), Shape.POINT, sample.group(), 0, new double[][] {{17}}, new double[][] {{9}});
        };
        painter.paint(swatch.getGraphicsContext2D(), List.of(s), new View(1, 0, 0), null, 34, 18, 0);
        Label text = new Label(label(key));
        text.getStyleClass().add("corridor-legend-label");
        HBox row = new HBox(6, swatch, text);
        row.getStyleClass().add("corridor-legend-row");
        row.setUserData(key);
        return row;
    }
}
