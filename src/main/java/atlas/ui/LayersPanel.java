package atlas.ui;

import atlas.i18n.Texts;
import atlas.map.Translations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The layers panel: one check box per switchable map layer, kept in step both ways with
 * {@link AtlasState#visibleLayers()} (a story stop or another panel that changes the set ticks the boxes).
 * Each box has the id {@code "layer-" + layerId}. FX thread only.
 */
public final class LayersPanel extends VBox {
    /**
     * A switchable layer: its id in {@code visibleLayers()} and the text of its box, as the key of a bundle text
     * ({@code layers.corridor}) or, when no bundle has that key, the text itself (a layer a user imported).
     */
    public record Entry(String layerId, String label) {}

    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();

    public LayersPanel(AtlasState state, List<Entry> entries) {
        getStyleClass().add("layers-panel");
        setId("layers-panel");
        setSpacing(4);
        Label title = new Label();
        Translations.bind(title.textProperty(), "toolbar.layers");
        title.getStyleClass().add("layers-panel-title");
        getChildren().add(title);
        for (Entry e : entries) {
            CheckBox box = new CheckBox(Texts.getOrDefault(e.label(), e.label()));
            Translations.onChange(box, () -> box.setText(Texts.getOrDefault(e.label(), e.label())));
            box.setId("layer-" + e.layerId());
            box.setSelected(state.visibleLayers().contains(e.layerId()));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) state.visibleLayers().add(e.layerId()); else state.visibleLayers().remove(e.layerId());
            });
            boxes.put(e.layerId(), box);
            getChildren().add(box);
        }
        this.state = state;
        state.visibleLayers().addListener(follow);
    }

    private final AtlasState state;
    private final SetChangeListener<String> follow = c -> {
        CheckBox box = boxes.get(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
        if (box != null) box.setSelected(c.wasAdded());
    };

    /** Stops following the state's visible layers (the window that showed the panel is disposed). */
    public void dispose() { state.visibleLayers().removeListener(follow); }

    /** Gets the check box of a layer id, or null. */
    public CheckBox box(String layerId) { return boxes.get(layerId); }
}
