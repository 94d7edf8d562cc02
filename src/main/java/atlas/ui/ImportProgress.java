package atlas.ui;

import atlas.i18n.Texts;
import atlas.map.Translations;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The strip that shows a file being imported over the map: what is read ("Importing acled.csv: 120 of 400 MB"), a
 * progress bar, and Cancel; then for a few seconds what came of it ("acled: 1,000,000 events"). Hidden otherwise.
 * Ids: {@code #import-progress}, {@code #import-progress-text}, {@code #import-progress-bar}, {@code #import-cancel}.
 * FX thread.
 */
public final class ImportProgress extends HBox {
    private static final Duration MESSAGE_TIME = Duration.seconds(6);

    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button();
    private final PauseTransition hideLater = new PauseTransition(MESSAGE_TIME);

    public ImportProgress() {
        setId("import-progress");
        Translations.bind(cancel.textProperty(), "dialog.cancel");
        getStyleClass().add("import-progress");
        text.setId("import-progress-text");
        text.getStyleClass().add("import-progress-text");
        text.setMinWidth(0);
        bar.setId("import-progress-bar");
        bar.setPrefWidth(220);
        cancel.setId("import-cancel");
        cancel.setFocusTraversable(false);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setMaxWidth(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
        getChildren().addAll(text, bar, cancel);
        hideLater.setOnFinished(e -> setVisible(false));
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows a reading under way: {@code fraction} in [0, 1], or negative when unknown; Cancel runs {@code onCancel}. */
    public void show(String what, double fraction, Runnable onCancel) {
        hideLater.stop();
        text.setText(what);
        bar.setProgress(fraction < 0 ? ProgressBar.INDETERMINATE_PROGRESS : fraction);
        bar.setVisible(true);
        bar.setManaged(true);
        cancel.setVisible(onCancel != null);
        cancel.setManaged(onCancel != null);
        cancel.setOnAction(e -> {
            if (onCancel != null) onCancel.run();
        });
        setVisible(true);
    }

    /** Shows a message without a bar for a few seconds, then hides. */
    public void message(String what) {
        text.setText(what);
        bar.setVisible(false);
        bar.setManaged(false);
        cancel.setVisible(false);
        cancel.setManaged(false);
        setVisible(true);
        hideLater.playFromStart();
    }

    /** Hides the strip now. */
    public void hide() {
        hideLater.stop();
        setVisible(false);
    }

    /** Gets the text shown (for tests). */
    public String text() { return text.getText(); }

    /** Gets "12.5 of 400 MB" style text of bytes read. */
    static String bytes(long done, long total) {
        if (total <= 0) return Texts.format("import.bytes", Texts.decimal(done / 1e6, 1));
        return Texts.format("import.bytes.of", Texts.decimal(done / 1e6, 0), Texts.decimal(Math.max(1, total / 1e6), 0));
    }
}
