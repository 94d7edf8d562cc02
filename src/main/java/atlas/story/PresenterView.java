package atlas.story;

import atlas.model.Stop;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The presenter's screen (the laptop, when a second screen shows the audience view): the current stop's caption,
 * the next stop's title, the presenter notes and the time elapsed since the presentation started; with
 * {@link #setMap} also a copy of the audience's map above the caption, to draw on from the laptop.
 */
public final class PresenterView extends BorderPane {
    private final StoryPlayer player;
    private final Clock clock;
    private final Instant started;
    private final CaptionPanel current = new CaptionPanel();
    private final Label next = new Label();
    private final Label notes = new Label();
    private final Label elapsed = new Label();
    private final Timeline ticker;

    public PresenterView(StoryPlayer player, atlas.ui.AtlasState state, Clock clock) {
        this.player = player;
        this.clock = clock;
        this.started = clock.instant();
        getStylesheets().add(PresenterView.class.getResource("story.css").toExternalForm());
        getStylesheets().add(PresenterView.class.getResource("/atlas/ui/contrast.css").toExternalForm());
        getStyleClass().addAll("presenter", "text-scale-2");
        setId("presenter");
        next.setId("presenter-next");
        next.getStyleClass().add("presenter-next");
        next.setWrapText(true);
        notes.setId("presenter-notes");
        notes.getStyleClass().add("presenter-notes");
        notes.setWrapText(true);
        elapsed.setId("presenter-elapsed");
        elapsed.getStyleClass().add("presenter-elapsed");
        Label notesHead = new Label();
        atlas.map.Translations.bind(notesHead.textProperty(), "presenter.notes");
        notesHead.getStyleClass().add("presenter-head");
        VBox side = new VBox(elapsed, next, notesHead, notes);
        side.getStyleClass().add("presenter-side");
        setCenter(current);
        setRight(side);
        side.prefWidthProperty().bind(widthProperty().multiply(0.45));
        player.stopProperty().addListener((o, a, b) -> refresh(state));
        atlas.map.Translations.onChange(this, () -> refresh(state));
        refresh(state);
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        tick();
    }

    /** Shows a map above the current stop's caption (the audience's map, mirrored: drawings made on it show there). */
    public void setMap(javafx.scene.Node map) {
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(map);
        box.setId("presenter-map");
        box.getStyleClass().add("presenter-map");
        box.setMinSize(0, 0);
        javafx.scene.layout.VBox.setVgrow(box, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.VBox centre = new javafx.scene.layout.VBox(box, current);
        current.setMaxHeight(Double.MAX_VALUE);
        current.prefHeightProperty().bind(heightProperty().multiply(0.42));
        current.setMinHeight(0);
        setCenter(centre);
    }

    /** Stops the elapsed-time clock. */
    public void dispose() { ticker.stop(); }

    /** Gets the elapsed time as shown ("12:04"). */
    public String elapsedText() { return elapsed.getText(); }

    private void tick() {
        Duration d = Duration.between(started, clock.instant());
        long s = Math.max(0, d.getSeconds());
        elapsed.setText(s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60));
    }

    private void refresh(atlas.ui.AtlasState state) {
        int i = player.getIndex();
        int n = player.getStory().size();
        current.show(player.getStop(), i, n, state.getData()::event);
        Stop nx = i + 1 < n ? player.getStory().stop(i + 1) : null;
        next.setText(nx == null ? atlas.i18n.Texts.get("presenter.next.end") : atlas.i18n.Texts.format("presenter.next", i + 2, nx.title()));
        Stop cur = player.getStop();
        notes.setText(cur == null || cur.notes().isEmpty() ? atlas.i18n.Texts.get("presenter.no-notes") : cur.notes());
    }
}
