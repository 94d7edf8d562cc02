package atlas.story;

import atlas.ui.AtlasState;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * What the audience sees: the map (with the timeline under it when one is given) and the caption panel at the
 * right; a black cover when the player is blanked; the stop number being typed. Text size comes in steps
 * ({@link #textScaleProperty()}, style classes {@code text-scale-0..8}) and a high-contrast theme
 * ({@code high-contrast} style class), both from {@code atlas/story/story.css}.
 */
public final class PresentationView extends StackPane {
    /** Text size steps available; {@link #DEFAULT_SCALE} is comfortable on a projector at 1080p. */
    public static final int MAX_SCALE = 8, DEFAULT_SCALE = 3;

    private final StoryPlayer player;
    private final AtlasState state;
    private final CaptionPanel caption = new CaptionPanel();
    private final IntegerProperty textScale = new SimpleIntegerProperty(this, "textScale", DEFAULT_SCALE);
    private final Region cover = new Region();
    private final Label typed = new Label();
    private final Label notice = new Label();
    private final javafx.animation.PauseTransition noticeTimer = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2.5));

    public PresentationView(StoryPlayer player, AtlasState state, Node map, Node timeline, PresentationKeys keys) {
        this.player = player;
        this.state = state;
        getStylesheets().add(PresentationView.class.getResource("story.css").toExternalForm());
        // the window's high-contrast theme for the controls and the timeline (its class is the same)
        getStylesheets().add(PresentationView.class.getResource("/atlas/ui/contrast.css").toExternalForm());
        getStyleClass().add("presentation");
        setId("presentation");
        BorderPane layout = new BorderPane();
        StackPane mapBox = new StackPane(map);
        mapBox.getStyleClass().add("presentation-map");
        mapBox.setMinSize(0, 0);
        layout.setCenter(mapBox);
        layout.setRight(caption);
        if (timeline instanceof javafx.scene.layout.Region r) r.setMinWidth(0);
        if (timeline != null) layout.setBottom(timeline);
        caption.prefWidthProperty().bind(widthProperty().multiply(0.3));
        caption.setMinWidth(0);
        cover.getStyleClass().add("blank-cover");
        cover.setId("blank-cover");
        cover.visibleProperty().bind(player.blankProperty());
        typed.getStyleClass().add("typed-stop");
        typed.setId("typed-stop");
        typed.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> keys.typedProperty().get().isEmpty() ? ""
                : atlas.i18n.Texts.format("presentation.go-to", keys.typedProperty().get()), keys.typedProperty(),
                atlas.map.Translations.languageProperty()));
        typed.visibleProperty().bind(keys.typedProperty().isNotEmpty());
        StackPane.setAlignment(typed, Pos.BOTTOM_LEFT);
        notice.getStyleClass().add("presentation-notice");
        notice.setId("presentation-notice");
        notice.setVisible(false);
        notice.setMouseTransparent(true);
        StackPane.setAlignment(notice, Pos.TOP_CENTER);
        noticeTimer.setOnFinished(e -> notice.setVisible(false));
        getChildren().addAll(layout, cover, typed, notice);
        player.stopProperty().addListener((o, a, b) -> refresh());
        atlas.map.Translations.onChange(this, this::refresh);
        player.storyProperty().addListener((o, a, b) -> refresh());
        textScale.addListener((o, a, b) -> applyScale());
        applyScale();
        refresh();
    }

    public CaptionPanel caption() { return caption; }

    /** Shows a short message over the top of the map for a moment ("Drawings kept with stop 3"). */
    public void notice(String message) {
        notice.setText(message);
        notice.setVisible(true);
        noticeTimer.playFromStart();
    }

    /** Gets the message shown by {@link #notice}, or "" when none is shown. */
    public String noticeText() { return notice.isVisible() ? notice.getText() : ""; }

    /** The text size step, 0..{@link #MAX_SCALE}. */
    public IntegerProperty textScaleProperty() { return textScale; }

    /** Changes the text size by {@code steps}, kept within 0..{@link #MAX_SCALE}. */
    public void scaleText(int steps) { textScale.set(Math.max(0, Math.min(MAX_SCALE, textScale.get() + steps))); }

    /** Tests whether the high-contrast theme is on. */
    public boolean isHighContrast() { return getStyleClass().contains("high-contrast"); }

    public void setHighContrast(boolean on) {
        if (on && !isHighContrast()) getStyleClass().add("high-contrast");
        if (!on) getStyleClass().remove("high-contrast");
    }

    private void applyScale() {
        getStyleClass().removeAll(IntStream.rangeClosed(0, MAX_SCALE).mapToObj(i -> "text-scale-" + i).toList());
        getStyleClass().add("text-scale-" + textScale.get());
    }

    private void refresh() {
        caption.show(player.getStop(), player.getIndex(), player.getStory().size(), state.getData()::event);
    }

    /** Gets the style classes of all text-scale steps (for tests and the presenter view). */
    static List<String> scaleClasses() { return IntStream.rangeClosed(0, MAX_SCALE).mapToObj(i -> "text-scale-" + i).toList(); }
}
