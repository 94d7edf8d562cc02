package atlas.ui;

import atlas.i18n.Texts;
import atlas.map.AtlasMap;
import atlas.model.EventDate;
import atlas.model.TimeWindow;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Menu ▸ Export animation…: a dialog for the range (from, to), the step, the image size, the frame rate and the
 * file; Export renders the map as the window shows it now (its view, data, layers, categories, time window and place
 * names) one frame per step into an animated GIF ({@link AnimationExport}) on a background thread (the FX thread only
 * renders each frame), with a progress bar and Cancel; a cancelled or failed export leaves the file as it was. The
 * range starts as the compare mode's two dates, or the two years up to the timeline's date. Ids:
 * {@code #animation-from}, {@code #animation-to}, {@code #animation-step}, {@code #animation-size},
 * {@code #animation-fps}, {@code #animation-file}, {@code #animation-export}, {@code #animation-cancel},
 * {@code #animation-progress}, {@code #animation-status}. FX thread.
 */
public final class AnimationDialog extends Stage {
    private static final String[] SIZES = {"1280x800", "1600x1000", "1920x1080", "960x600", "640x400"};

    private final MapResources res;
    private final AtlasState state;
    private final AtlasMap map;
    private final TextField from = new TextField(), to = new TextField(), file = new TextField();
    private final ComboBox<MapAnimation.Step> step = new ComboBox<>();
    private final ComboBox<String> size = new ComboBox<>();
    private final Spinner<Integer> fps = new Spinner<>(MapAnimation.MIN_FPS, MapAnimation.MAX_FPS, 4);
    private final Label summary = new Label(), status = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Button export = new Button(Texts.get("animation.export")), cancel = new Button(Texts.get("animation.close"));
    private volatile boolean cancelled;
    private volatile Thread running;

    /** Creates the dialog for the window's state and map. */
    public AnimationDialog(MapResources res, AtlasState state, AtlasMap map, Window owner) {
        this.res = res;
        this.state = state;
        this.map = map;
        setTitle(Texts.get("animation.title"));
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        LocalDate b = state.getDate(), a = state.isComparing() ? state.getCompareDate() : b.minusYears(2);
        if (a.isAfter(b)) { LocalDate t = a; a = b; b = t; }
        from.setText(a.toString());
        to.setText(b.toString());
        from.setId("animation-from");
        to.setId("animation-to");
        step.getItems().setAll(MapAnimation.Step.values());
        step.setValue(MapAnimation.Step.MONTH);
        step.setId("animation-step");
        step.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(MapAnimation.Step s) { return s == null ? "" : s.label(); }
            @Override public MapAnimation.Step fromString(String s) { return MapAnimation.Step.MONTH; }
        });
        size.getItems().setAll(SIZES);
        size.setValue(SIZES[0]);
        size.setId("animation-size");
        fps.setId("animation-fps");
        fps.setEditable(true);
        file.setId("animation-file");
        file.setPrefColumnCount(28);
        file.setText(Path.of(System.getProperty("user.home"), "corridor-atlas-" + a.getYear() + "-" + b.getYear() + ".gif").toString());
        Button choose = new Button(Texts.get("animation.choose"));
        choose.setOnAction(e -> chooseFile());
        summary.setId("animation-summary");
        status.setId("animation-status");
        status.setWrapText(true);
        status.setMaxWidth(460);
        bar.setId("animation-progress");
        bar.setPrefWidth(460);
        bar.setVisible(false);
        export.setId("animation-export");
        export.setDefaultButton(true);
        export.setOnAction(e -> start());
        cancel.setId("animation-cancel");
        cancel.setOnAction(e -> cancelOrClose());
        setOnCloseRequest(e -> {
            if (running != null) {
                cancelled = true;
                e.consume();
            }
        });
        for (var p : new javafx.beans.Observable[] {from.textProperty(), to.textProperty(), step.valueProperty(), fps.valueProperty()})
            p.addListener(o -> summarise());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(Texts.get("animation.from")), from, new Label(Texts.get("animation.to")), to);
        form.addRow(1, new Label(Texts.get("animation.every")), step, new Label(Texts.get("animation.fps")), fps);
        form.addRow(2, new Label(Texts.get("animation.size")), size);
        HBox fileRow = new HBox(6, file, choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        form.add(new Label(Texts.get("animation.file")), 0, 3);
        form.add(fileRow, 1, 3, 3, 1);
        HBox buttons = new HBox(8, export, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, form, summary, bar, status, buttons);
        box.setPadding(new Insets(16));
        Scene scene = new Scene(box);
        // the window's typeface and text size (Armenian and Cyrillic in DejaVu Sans)
        scene.getStylesheets().add(AnimationDialog.class.getResource("atlas.css").toExternalForm());
        setScene(scene);
        summarise();
    }

    /** Gets the animation the form describes, or throws IllegalArgumentException saying what is wrong. */
    MapAnimation animation() {
        LocalDate a = EventDate.parse(from.getText().strip()).firstDay(), b = EventDate.parse(to.getText().strip()).firstDay();
        String[] wh = size.getValue().split("x");
        int w = Integer.parseInt(wh[0]), h = Integer.parseInt(wh[1]);
        return new MapAnimation(a, b, step.getValue(), fps.getValue(), request(w, h));
    }

    /** Gets the map as the window shows it now, at another size: view, data, layers, categories, window and names. */
    MapSnapshot.Request request(int w, int h) {
        LoadedData data = state.getData();
        Set<String> layers = new HashSet<>(state.visibleLayers());
        var categories = state.categorySnapshot();
        TimeWindow window = state.getTimeWindow().kind() == TimeWindow.Kind.SPAN ? state.getUserWindow() : state.getTimeWindow();
        var names = state.getNameStyle();
        var tiles = map.getTileSource();
        var drawings = state.getDrawings();
        Set<String> highlighted = Set.copyOf(state.highlightedEvents());
        // comparing, the animation moves B and keeps A, with the window's layout, divider and ghost
        LocalDate compareDate = state.getCompareDate();
        CompareView shown = map.getParent() instanceof CompareView cv ? cv : null;
        CompareView.Layout layout = shown == null ? CompareView.Layout.SWIPE : shown.getLayout();
        double divider = shown == null ? 0.5 : shown.getDivider();
        boolean ghost = shown != null && shown.isGhost();
        boolean legendOpen = map.chrome().legend().isExpanded();
        return new MapSnapshot.Request(map.getView().center(), map.getView().zoom(), w, h, s -> {
            s.setData(data);
            s.visibleLayers().clear();
            s.visibleLayers().addAll(layers);
            s.categories().retainAll(categories.isEmpty() ? EnumSet.noneOf(atlas.model.Category.class) : categories);
            s.setTimeWindow(window);
            s.setNameStyle(names);
            s.setDrawings(drawings);
            s.highlightedEvents().addAll(highlighted);
            s.setCompareDate(compareDate);
        }, v -> {
            v.mainMap().setTileSource(tiles);
            v.mainMap().chrome().legend().setExpanded(legendOpen);
            v.setLayout(layout);
            v.setDivider(divider);
            v.setGhost(ghost);
        });
    }

    private void summarise() {
        try {
            MapAnimation m = animation();
            summary.setText(Texts.plural("animation.frames", m.frames(), Texts.decimal(m.frames() / (double) m.fps(), 1), m.fps()));
            export.setDisable(running != null);
        } catch (RuntimeException e) {
            summary.setText(e.getMessage());
            export.setDisable(true);
        }
    }

    private void chooseFile() {
        FileChooser c = new FileChooser();
        c.setTitle(Texts.get("animation.title"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("animation.filter"), "*.gif"));
        Path p = Path.of(file.getText());
        if (p.getParent() != null && p.getParent().toFile().isDirectory()) c.setInitialDirectory(p.getParent().toFile());
        c.setInitialFileName(p.getFileName() == null ? "animation.gif" : p.getFileName().toString());
        File f = c.showSaveDialog(this);
        if (f != null) file.setText(f.getPath().toLowerCase(Locale.ROOT).endsWith(".gif") ? f.getPath() : f.getPath() + ".gif");
    }

    /** Starts the export on a background thread (the form's values checked first). */
    public void start() {
        MapAnimation m;
        try {
            m = animation();
        } catch (RuntimeException e) {
            status.setText(e.getMessage());
            return;
        }
        Path target = Path.of(file.getText().strip());
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif")) {
            status.setText(Texts.get("animation.not-gif"));
            return;
        }
        cancelled = false;
        export.setDisable(true);
        cancel.setText(Texts.get("dialog.cancel"));
        bar.setVisible(true);
        bar.setProgress(0);
        status.setText(Texts.format("animation.progress", 0, m.frames()));
        running = new Thread(() -> {
            String outcome;
            try {
                AnimationExport.Result r = AnimationExport.export(res, m, target, new AnimationExport.Progress() {
                    @Override public void framesDone(int done, int total) {
                        Platform.runLater(() -> {
                            if (cancelled) return;
                            bar.setProgress(total == 0 ? 1 : (double) done / total);
                            status.setText(Texts.format("animation.progress", done, total));
                        });
                    }

                    @Override public boolean isCancelled() { return cancelled; }
                });
                outcome = Texts.plural("animation.done", r.frames(), target, Texts.number((r.bytes() + 1023) / 1024));
            } catch (CancellationException e) {
                outcome = Texts.format("animation.cancelled", target.getFileName());
            } catch (Throwable e) {
                outcome = Texts.format("export.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            String done = outcome;
            Platform.runLater(() -> finished(done));
        }, "animation-export");
        running.setDaemon(true);
        running.start();
    }

    private void finished(String outcome) {
        bar.setVisible(false);
        status.setText(outcome);
        cancel.setText(Texts.get("animation.close"));
        cancel.setDisable(false);
        // last: whoever sees the export ended (isExporting, from any thread) sees its outcome
        running = null;
        summarise();
        sizeToScene(); // a long file name wraps the outcome onto more lines
    }

    private void cancelOrClose() {
        if (running == null) {
            close();
            return;
        }
        cancelled = true;
        cancel.setDisable(true);
        status.setText(Texts.get("export.cancelling"));
    }

    /** Tests whether an export runs. */
    public boolean isExporting() { return running != null; }

    /** Gets the status line (progress or outcome). */
    public String statusText() { return status.getText(); }
}
