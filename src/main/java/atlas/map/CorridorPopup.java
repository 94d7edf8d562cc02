package atlas.map;

import atlas.model.FeatureStatus;
import atlas.model.NameStyle;
import atlas.model.Source;
import atlas.model.TimedFeature;
import atlas.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The one popup card of the corridor layer: a feature's names, validity, status, approximation, neutral
 * description and sources as links. The same node is reused for every feature; {@link #show} refills it.
 */
public final class CorridorPopup extends VBox {
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label description = new Label();
    private final VBox sources = new VBox(1);
    private final Button close = new Button("×");
    private final Label sourcesHead = new Label();
    private Consumer<String> linkOpener;
    private TimedFeature feature;

    CorridorPopup(Consumer<String> linkOpener) {
        this.linkOpener = linkOpener;
        setId("corridor-popup");
        getStyleClass().add("corridor-popup");
        title.getStyleClass().add("corridor-popup-title");
        title.setWrapText(true);
        meta.getStyleClass().add("corridor-popup-meta");
        meta.setWrapText(true);
        description.getStyleClass().add("corridor-popup-description");
        description.setWrapText(true);
        sources.getStyleClass().add("corridor-popup-sources");
        close.getStyleClass().add("corridor-popup-close");
        close.setId("corridor-popup-close");
        close.setFocusTraversable(false);
        Translations.bind(close.accessibleTextProperty(), "corridor.popup.close");
        Translations.bind(sourcesHead.textProperty(), "corridor.popup.sources");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(4, title, spacer, close);
        HBox.setHgrow(title, Priority.ALWAYS);
        setMaxWidth(360);
        setPrefWidth(360);
        getChildren().addAll(head, meta, description, sourcesHead, sources);
        setVisible(false);
        setManaged(false);
    }

    void setLinkOpener(Consumer<String> opener) { this.linkOpener = opener; }

    /** Gets the close button (hides the popup when pressed; wired by the layer). */
    Button closeButton() { return close; }

    /** Gets the feature shown, or null when hidden. */
    public TimedFeature feature() { return isVisible() ? feature : null; }

    /** Fills the card for a feature with names in the given style and makes it visible. */
    void show(TimedFeature f, NameStyle style) {
        feature = f;
        title.setText(f.names().label(style));
        List<String> parts = new ArrayList<>(List.of(f.kind().label(), f.validity().label()));
        if (f.status() != FeatureStatus.NONE) parts.add(f.status().label());
        if (f.approximate()) parts.add(Texts.format("corridor.popup.approximate", trim(f.errorKm())));
        if (f.schematic()) parts.add(Texts.get("corridor.popup.schematic"));
        meta.setText(String.join(" · ", parts));
        description.setText(f.description());
        sources.getChildren().clear();
        for (Source s : f.sources()) {
            String text = s.publisher() == null || s.publisher().isBlank() ? s.title() : s.publisher() + ": " + s.title();
            if (s.url() != null && !s.url().isBlank()) {
                Hyperlink link = new Hyperlink(text);
                link.getStyleClass().add("corridor-source-link");
                link.setUserData(s.url());
                link.setWrapText(true);
                link.setOnAction(e -> { if (linkOpener != null) linkOpener.accept(s.url()); });
                sources.getChildren().add(link);
            } else {
                Label l = new Label(text);
                l.setWrapText(true);
                l.getStyleClass().add("corridor-source-text");
                sources.getChildren().add(l);
            }
        }
        setVisible(true);
        autosize();
    }

    void hide() {
        setVisible(false);
        feature = null;
    }

    private static String trim(double km) {
        return km == Math.rint(km) ? Texts.number((long) km) : Texts.decimal(km, 1);
    }
}
