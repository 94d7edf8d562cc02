package atlas.story;

import atlas.i18n.Texts;
import atlas.map.Translations;
import atlas.model.Story;
import atlas.ui.LoadedData;
import atlas.ui.MapResources;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The story panel's Export menu: the story's stops as PNG slides in a folder, or as a PDF handout, rendered like the
 * command line's {@code --story … --export-slides / --export-pdf}, or the story as a StoryMapJS story (JSON that
 * StoryMapJS and the atlas both open: one slide per stop, with its date, place, zoom, headline and text). The export runs on a background thread with a
 * progress window (stop N of M, Cancel); the handout is written only when complete (a cancelled or failed export
 * leaves an existing file as it was); a failure is reported in one sentence naming the file. Ids:
 * {@code #story-export}, {@code #story-export-slides}, {@code #story-export-pdf}, {@code #story-export-storymap},
 * {@code #export-progress},
 * {@code #export-progress-label}, {@code #export-cancel}.
 */
public final class StoryExportAction {
    private static final int SLIDE_W = 1600, SLIDE_H = 1000;
    private final Supplier<Story> story;
    private final Supplier<LoadedData> data;
    private final MapResources res;
    private final Consumer<String> say;

    /**
     * Creates the action for the story {@code story} gives, drawn over the data {@code data} gives (the window's);
     * {@code say} shows a one-line outcome (on the FX thread).
     */
    public StoryExportAction(Supplier<Story> story, Supplier<LoadedData> data, MapResources res, Consumer<String> say) {
        this.story = story;
        this.data = data;
        this.res = res;
        this.say = say;
    }

    /** Gets the Export menu button. */
    public MenuButton menu(Supplier<Window> owner) {
        MenuItem slides = new MenuItem();
        Translations.bind(slides.textProperty(), "export.slides");
        slides.setId("story-export-slides");
        slides.setOnAction(e -> chooseFolderAndExport(owner.get()));
        MenuItem pdf = new MenuItem();
        Translations.bind(pdf.textProperty(), "export.pdf");
        pdf.setId("story-export-pdf");
        pdf.setOnAction(e -> chooseFileAndExport(owner.get()));
        MenuItem storymap = new MenuItem();
        Translations.bind(storymap.textProperty(), "export.storymap");
        storymap.setId("story-export-storymap");
        storymap.setOnAction(e -> chooseStoryMapFile(owner.get()));
        MenuButton b = new MenuButton(null, null, slides, pdf, storymap);
        Translations.bind(b.textProperty(), "export.menu");
        b.accessibleTextProperty().bind(b.textProperty());
        b.setId("story-export");
        return b;
    }

    private void chooseFolderAndExport(Window owner) {
        if (refuseEmpty()) return;
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(Texts.get("export.slides.title"));
        File dir = c.showDialog(owner);
        if (dir != null) exportSlides(owner, dir.toPath());
    }

    private void chooseFileAndExport(Window owner) {
        if (refuseEmpty()) return;
        FileChooser c = new FileChooser();
        c.setTitle(Texts.get("export.pdf.title"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("export.pdf.filter"), "*.pdf"));
        c.setInitialFileName(StoryPanel.slug(story.get().title()) + ".pdf");
        File f = c.showSaveDialog(owner);
        if (f != null) exportHandout(owner, f.toPath());
    }

    private void chooseStoryMapFile(Window owner) {
        if (refuseEmpty()) return;
        FileChooser c = new FileChooser();
        c.setTitle(Texts.get("export.storymap.title"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("export.storymap.filter"), "*.json"));
        c.setInitialFileName(StoryPanel.slug(story.get().title()) + ".storymap.json");
        File f = c.showSaveDialog(owner);
        if (f != null) exportStoryMap(f.toPath());
    }

    /**
     * Writes the story as StoryMapJS JSON to {@code file} (atomically, on a background thread) and tells the outcome.
     * FX thread.
     */
    public void exportStoryMap(Path file) {
        Story s = story.get();
        Thread t = new Thread(() -> {
            String outcome;
            try {
                new atlas.io.StoryMapWriter().write(s, file);
                outcome = Texts.plural("export.storymap.done", s.size(), file);
            } catch (Exception e) {
                outcome = Texts.format("export.failed.not-written", file,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            String done = outcome;
            Platform.runLater(() -> say.accept(done));
        }, "story-export-storymap");
        t.setDaemon(true);
        t.start();
    }

    private boolean refuseEmpty() {
        if (story.get().size() > 0) return false;
        say.accept(Texts.get("export.no-stops.sentence"));
        return true;
    }

    /** Exports the slides into {@code dir} in the background, with the progress window. FX thread. */
    public void exportSlides(Window owner, Path dir) {
        run(owner, Texts.get("export.slides.running"), Texts.format("export.slides.cancelled", dir), (s, p) -> {
            List<Path> files = new SlideExport(new SnapshotStopRenderer(res, data.get(), 60), SLIDE_W, SLIDE_H).export(s, dir, p);
            return Texts.plural("export.slides.done", files.size(), dir);
        });
    }

    /** Exports the handout to {@code file} in the background, with the progress window. FX thread. */
    public void exportHandout(Window owner, Path file) {
        run(owner, Texts.get("export.pdf.running"), Texts.format("export.pdf.cancelled", file.getFileName()), (s, p) -> {
            LoadedData d = data.get();
            new HandoutExport(new SnapshotStopRenderer(res, d, 60), d::event).export(s, file, p);
            return Texts.plural("export.pdf.done", s.size(), file);
        });
    }

    /** One export: what it writes, given the story and the progress; returns the sentence that reports success. */
    @FunctionalInterface
    private interface Job {
        String run(Story story, ExportProgress progress) throws Exception;
    }

    private void run(Window owner, String title, String cancelled, Job job) {
        Story s = story.get();
        Progress window = new Progress(owner, title, s.size());
        window.show();
        Thread t = new Thread(() -> {
            String outcome;
            try {
                outcome = job.run(s, window);
            } catch (CancellationException e) {
                outcome = cancelled;
            } catch (Throwable e) {
                outcome = Texts.format("export.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                String failure = outcome;
                Platform.runLater(() -> {
                    Alert a = atlas.ui.Dialogs.localize(new Alert(Alert.AlertType.ERROR, failure));
                    a.setHeaderText(Texts.get("export.failed.header"));
                    if (owner != null) a.initOwner(owner);
                    a.show();
                });
            }
            String done = outcome;
            Platform.runLater(() -> {
                window.close();
                say.accept(done);
            });
        }, "story-export");
        t.setDaemon(true);
        t.start();
    }

    /** The progress window: a bar, "Stop N of M" and Cancel; it is the export's {@link ExportProgress}. */
    private static final class Progress extends Stage implements ExportProgress {
        private final ProgressBar bar = new ProgressBar(0);
        private final Label label = new Label();
        private volatile boolean cancelled;

        Progress(Window owner, String title, int total) {
            setTitle(title);
            if (owner != null) {
                initOwner(owner);
                initModality(Modality.WINDOW_MODAL);
            }
            bar.setId("export-progress");
            bar.setPrefWidth(360);
            label.setId("export-progress-label");
            label.setText(Texts.format("export.progress", 0, total));
            Button cancel = new Button(Texts.get("dialog.cancel"));
            cancel.setId("export-cancel");
            cancel.setOnAction(e -> {
                cancelled = true;
                cancel.setDisable(true);
                label.setText(Texts.get("export.cancelling"));
            });
            VBox box = new VBox(10, label, bar, cancel);
            box.setPadding(new Insets(16));
            setScene(new Scene(box));
            setOnCloseRequest(e -> {
                cancelled = true;
                e.consume();
            });
        }

        @Override public void stopsDone(int done, int total) {
            Platform.runLater(() -> {
                if (cancelled) return;
                bar.setProgress(total == 0 ? 1 : (double) done / total);
                label.setText(Texts.format("export.progress", done, total));
            });
        }

        @Override public boolean isCancelled() { return cancelled; }
    }
}
