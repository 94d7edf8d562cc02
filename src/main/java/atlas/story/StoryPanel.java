package atlas.story;

import atlas.io.StoryFormatException;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.model.TimeSpan;
import atlas.model.TimeWindow;
import atlas.model.TimedEvent;
import atlas.ui.AtlasState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The story authoring panel: open (a file or a shipped story), add a stop from the current view, edit a stop's
 * title, text and notes, reorder stops (buttons or drag), delete, save / save as, and start the presentation.
 * It never loses changes silently: {@link #confirmDiscard()} asks before anything replaces a dirty story, and the
 * {@link StoryDocument} keeps a recovery copy of every edit.
 */
public final class StoryPanel extends VBox {
    private static final DataFormat STOP_INDEX = new DataFormat("application/x-corridor-atlas-stop-index");

    private final StoryDocument doc;
    private final AtlasState state;
    private final MapCamera camera;
    private final List<String> shipped;
    private final ObservableList<Stop> items = FXCollections.observableArrayList();
    private final ListView<Stop> list = new ListView<>(items);
    private final TextField storyTitle = new TextField();
    private final TextField stopTitle = new TextField();
    private final TextArea stopText = new TextArea();
    private final TextArea stopNotes = new TextArea();
    private final Label stopDate = new Label();
    private final Label status = new Label();
    private final HBox actionRow = new HBox(6);
    private final Button present = new Button("Present (F5)");
    private final javafx.scene.control.ComboBox<javafx.stage.Screen> screens = new javafx.scene.control.ComboBox<>();
    private final javafx.scene.control.CheckBox contrast = new javafx.scene.control.CheckBox("High contrast");
    private java.util.function.Consumer<Stop> onPreview = s -> {};
    private boolean syncing;

    /**
     * Builds the panel over a document; {@code camera} gives the current map view, {@code shipped} lists the
     * shipped stories offered in the "Shipped" menu (see {@link ShippedStories}).
     */
    public StoryPanel(StoryDocument doc, AtlasState state, MapCamera camera, List<String> shipped) {
        this.doc = doc;
        this.state = state;
        this.camera = camera;
        this.shipped = shipped;
        getStylesheets().add(StoryPanel.class.getResource("story.css").toExternalForm());
        getStyleClass().add("story-panel");
        setId("story-panel");

        Button newB = button("New", "story-new", "Start a new, empty story", this::newStory);
        Button openB = button("Open…", "story-open", "Open a story file", this::openFile);
        MenuButton shippedMenu = new MenuButton("Shipped");
        shippedMenu.setId("story-shipped");
        shippedMenu.setOnShowing(e -> shippedMenu.getItems().setAll(shippedItems()));
        shippedMenu.getItems().setAll(shippedItems());
        Button saveB = button("Save", "story-save", "Save the story", this::save);
        Button saveAsB = button("Save as…", "story-save-as", "Save the story to a new file", this::saveAs);
        HBox fileRow = new HBox(4, newB, openB, shippedMenu, saveB, saveAsB);

        storyTitle.setId("story-title");
        storyTitle.setPromptText("Story title");
        storyTitle.textProperty().addListener((o, a, b) -> {
            if (!syncing && !b.isBlank()) doc.edit(s -> s.withTitle(b));
        });

        list.setId("story-stops");
        list.getStyleClass().add("story-stop-list");
        list.setCellFactory(l -> new StopCell());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selectedIndex() >= 0) onPreview.accept(items.get(selectedIndex()));
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showSelected());

        Button add = button("Add stop from current view", "story-add", "Add a stop with the map view, date, layers, selected event and drawings shown now", this::addStop);
        Button up = button("▲", "story-up", "Move the stop up", () -> move(-1));
        Button down = button("▼", "story-down", "Move the stop down", () -> move(1));
        Button del = button("Delete", "story-delete", "Delete the stop", this::deleteStop);
        Button setView = button("Use view", "story-set-view", "Set the stop's view, date, layers and highlight from what the map shows now", this::updateStopFromView);
        Button keepDrawn = button("Keep drawings", "story-keep-drawings", "Keep what is drawn on the map with this stop (K); it is shown at the stop, in slides and in the handout", this::keepDrawings);
        HBox stopRow = new HBox(4, add, up, down, del);
        stopRow.setAlignment(Pos.CENTER_LEFT);
        Button addCompare = button("Add comparison stop", "story-add-compare",
                "Add a stop that compares two dates as a swipe: the compare mode's left date (A) and the timeline's (B)",
                this::addComparisonStop);
        HBox compareRow = new HBox(4, addCompare);
        compareRow.setAlignment(Pos.CENTER_LEFT);

        stopTitle.setId("stop-title");
        stopTitle.setPromptText("Stop title");
        stopText.setId("stop-text");
        stopText.setPromptText("Text: plain, with *italic* and **bold**");
        stopText.setWrapText(true);
        stopText.setPrefRowCount(5);
        stopNotes.setId("stop-notes");
        stopNotes.setPromptText("Presenter notes (not shown to the audience)");
        stopNotes.setWrapText(true);
        stopNotes.setPrefRowCount(3);
        stopDate.setId("stop-date");
        stopTitle.textProperty().addListener((o, a, b) -> editStop(s -> b.isBlank() ? s : s.withTitle(b)));
        stopText.textProperty().addListener((o, a, b) -> editStop(s -> s.withText(b)));
        stopNotes.textProperty().addListener((o, a, b) -> editStop(s -> s.withNotes(b)));

        present.setId("story-present");
        present.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(present, Priority.ALWAYS);
        actionRow.getChildren().add(present);
        status.setId("story-status");
        status.getStyleClass().add("story-status");
        status.setWrapText(true);

        screens.setId("story-screen");
        screens.setTooltip(new Tooltip("The screen the audience sees (the projector)"));
        screens.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(javafx.stage.Screen sc) { return sc == null ? "" : screenName(sc); }
            @Override public javafx.stage.Screen fromString(String t) { return null; }
        });
        screens.setOnShowing(e -> refreshScreens());
        refreshScreens();
        contrast.setId("story-contrast");
        HBox presentRow = new HBox(6, new Label("Screen"), screens, contrast);
        presentRow.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(fileRow, new Label("Story"), storyTitle, list, stopRow, compareRow,
                new HBox(6, stopDate, setView, keepDrawn), stopTitle, stopText, stopNotes, presentRow, actionRow, status);
        doc.storyProperty().addListener((o, a, b) -> sync());
        doc.dirtyProperty().addListener((o, a, b) -> sync());
        sync();
    }

    /** Adds a control (e.g. the Export menu) next to the Present button. */
    public void addAction(javafx.scene.Node action) { actionRow.getChildren().add(action); }

    /** Shows a message in the status line. */
    public void say(String message) { status.setText(message); }

    /** Tests whether the presentation should use the high-contrast theme. */
    public boolean highContrast() { return contrast.isSelected(); }

    /** Gets the screen chosen for the audience, if one is chosen. */
    public Optional<javafx.stage.Screen> chosenScreen() {
        javafx.stage.Screen sc = screens.getValue();
        return sc != null && javafx.stage.Screen.getScreens().contains(sc) ? Optional.of(sc) : Optional.empty();
    }

    /** Lists the screens; by default the audience screen is a secondary one when there is one. */
    private void refreshScreens() {
        javafx.stage.Screen keep = screens.getValue();
        screens.getItems().setAll(javafx.stage.Screen.getScreens());
        if (keep != null && screens.getItems().contains(keep)) screens.setValue(keep);
        else screens.setValue(screens.getItems().stream().filter(sc -> !sc.equals(javafx.stage.Screen.getPrimary()))
                .findFirst().orElse(javafx.stage.Screen.getPrimary()));
    }

    private static String screenName(javafx.stage.Screen sc) {
        int i = javafx.stage.Screen.getScreens().indexOf(sc) + 1;
        var b = sc.getBounds();
        return i + ": " + (int) b.getWidth() + "×" + (int) b.getHeight()
                + (sc.equals(javafx.stage.Screen.getPrimary()) ? " (primary)" : "");
    }

    /** Sets what double-clicking a stop does (the window shows the stop's date, layers and view). */
    public void setOnPreview(java.util.function.Consumer<Stop> action) { onPreview = action; }

    /** Sets what the Present button does. */
    private Runnable onCompare = () -> {};

    public void setOnPresent(Runnable r) { present.setOnAction(e -> r.run()); }

    public StoryDocument document() { return doc; }

    /** Gets the selected stop position, or -1. */
    public int selectedIndex() { return list.getSelectionModel().getSelectedIndex(); }

    public void select(int i) { list.getSelectionModel().select(i); }

    /** Gets the status line (last action or problem). */
    public String statusText() { return status.getText(); }

    /**
     * Builds a stop from what the window shows now: date, map view, visible layers, selected event, and the span of
     * days when the timeline shows one (a previewed stop's window).
     */
    public Stop stopFromView(String title) {
        TimedEvent sel = state.getSelectedEvent();
        List<String> layers = state.visibleLayers().isEmpty() ? null : state.visibleLayers().stream().sorted().toList();
        TimeWindow w = state.getTimeWindow();
        TimeSpan window = w.kind() == TimeWindow.Kind.SPAN && w.span().contains(state.getDate()) ? w.span() : null;
        return new Stop(title, "", state.getDate(), window, camera.center(), clampZoom(camera.zoom()), layers,
                sel == null ? List.of() : List.of(sel.id()), "", List.of(), state.getDrawings(), state.getCompareDate());
    }

    /** Sets what enters the window's compare mode (for "Add comparison stop" when the map shows one date). */
    public void setOnCompare(Runnable r) { onCompare = r; }

    /**
     * Adds a comparison stop: the map's two dates (entering the compare mode first when it is off, so the author sees
     * what the stop shows), its view, layers and selected event; after the selected stop, and selects it.
     */
    public void addComparisonStop() {
        if (!state.isComparing()) onCompare.run();
        if (!state.isComparing()) return;
        addStop();
        Stop s = doc.getStory().stop(selectedIndex());
        status.setText(String.format("Added comparison stop %d: %s (left) and %s (right).", selectedIndex() + 1,
                atlas.model.EventDate.day(s.compareDate()).label(), atlas.model.EventDate.day(s.date()).label()));
    }

    /** Adds a stop from the current view after the selected stop (or at the end) and selects it. */
    public void addStop() {
        TimedEvent sel = state.getSelectedEvent();
        int at = selectedIndex() < 0 ? doc.getStory().size() : selectedIndex() + 1;
        Stop s = stopFromView(sel != null ? sel.title() : "Stop " + (doc.getStory().size() + 1));
        doc.edit(st -> st.withStopAdded(at, s));
        select(at);
        status.setText("Added stop " + (at + 1) + ".");
    }

    /**
     * Keeps what is drawn on the map now with the selected stop (replacing what it kept; nothing drawn keeps none);
     * returns whether a stop was selected.
     */
    public boolean keepDrawings() {
        int i = selectedIndex();
        if (i < 0) {
            status.setText(NO_STOP_TO_KEEP);
            return false;
        }
        int n = state.getDrawings().size();
        doc.edit(s -> s.withStopReplaced(i, s.stop(i).withDrawings(state.getDrawings())));
        status.setText(String.format(KEPT, n, i + 1));
        return true;
    }

    private static final String NO_STOP_TO_KEEP = "Select the stop to keep the drawings with.",
            KEPT = "Stop %2$d now keeps %1$d drawing(s) (what the map shows).";

    /** Moves the selected stop by {@code delta} positions. */
    public void move(int delta) {
        int i = selectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= doc.getStory().size()) return;
        doc.edit(s -> s.withStopMoved(i, j));
        select(j);
    }

    /** Deletes the selected stop. */
    public void deleteStop() {
        int i = selectedIndex();
        if (i < 0) return;
        doc.edit(s -> s.withStopRemoved(i));
        if (doc.getStory().size() > 0) select(Math.min(i, doc.getStory().size() - 1));
        status.setText("Deleted stop " + (i + 1) + ".");
    }

    /** Opens a shipped story (see {@link ShippedStories}), after asking about unsaved changes. */
    public boolean openShipped(String relative) {
        if (!confirmDiscard()) return false;
        try {
            doc.openUnsaved(ShippedStories.load(relative));
            if (doc.getStory().size() > 0) select(0);
            status.setText("Opened \"" + doc.getStory().title() + "\" (" + doc.getStory().size() + " stops).");
            return true;
        } catch (IOException e) {
            status.setText("Not opened: " + e.getMessage());
            showError("The shipped story could not be read", e.getMessage());
            return false;
        }
    }

    /** Opens a story file, after asking about unsaved changes; a broken file is reported and changes nothing. */
    public boolean open(Path f) {
        if (!confirmDiscard()) return false;
        try {
            doc.open(f);
            if (doc.getStory().size() > 0) select(0);
            status.setText("Opened " + f.getFileName() + " (" + doc.getStory().size() + " stops).");
            return true;
        } catch (StoryFormatException e) {
            status.setText("Not opened: " + e.problems().get(0) + (e.problems().size() > 1 ? " (+" + (e.problems().size() - 1) + " more)" : ""));
            showError("The story file has problems and was not opened", e.getMessage());
        } catch (IOException e) {
            status.setText("Not opened: " + f + ": " + e.getMessage());
            showError("The story file could not be read", f + ": " + e.getMessage());
        }
        return false;
    }

    /**
     * Opens a story read from another format (a StoryMapJS file), after asking about unsaved changes: it has no story
     * file yet, so Save asks where to keep it. {@code problems} are the import's problems (empty when it was clean):
     * a file that gave no story is reported and changes nothing.
     */
    public boolean openImported(Path from, Story s, java.util.List<String> problems) {
        if (s == null) {
            status.setText("Not opened: " + (problems.isEmpty() ? from.getFileName() : problems.get(0)));
            showError("The story file has problems and was not opened", String.join("\n", problems));
            return false;
        }
        if (!confirmDiscard()) return false;
        doc.openUnsaved(s);
        if (doc.getStory().size() > 0) select(0);
        status.setText("Opened " + from.getFileName() + " (" + doc.getStory().size() + " stops)"
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problems: " + problems.get(0))
                + ". Save as… keeps it as a Corridor Atlas story.");
        return true;
    }

    /**
     * Asks what to do with unsaved changes (save, discard, cancel); returns true when the caller may go on.
     * Returns true at once when there are none.
     */
    public boolean confirmDiscard() {
        if (!doc.isDirty()) return true;
        ButtonType saveT = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discardT = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The story \"" + doc.getStory().title()
                + "\" has unsaved changes.", saveT, discardT, ButtonType.CANCEL);
        a.setHeaderText("Save the story first?");
        initOwner(a);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) return false;
        if (r.get() == saveT) return doc.getFile() != null ? save() : saveAs();
        doc.discardRecovery();
        return true;
    }

    /** Offers to restore a recovery copy left by an earlier session (call once at start-up). */
    public void offerRecovery() {
        if (doc.recoveryCopy().isEmpty()) return;
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "A story with unsaved changes was kept from an earlier session.",
                restore, discard);
        a.setHeaderText("Restore the unsaved story?");
        initOwner(a);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isPresent() && r.get() == restore) {
            try {
                doc.recover();
                status.setText("Restored the unsaved story.");
            } catch (IOException e) {
                showError("The recovery copy could not be read", e.getMessage());
            }
        } else {
            doc.discardRecovery();
        }
    }

    /** Saves to the story's file (asks for one when there is none); returns whether it was saved. */
    public boolean save() {
        if (doc.getFile() == null) return saveAs();
        return saveTo(doc.getFile());
    }

    /** Asks for a file and saves there; returns whether it was saved. */
    public boolean saveAs() {
        FileChooser fc = chooser("Save story");
        fc.setInitialFileName(slug(doc.getStory().title()) + ".story.json");
        java.io.File f = fc.showSaveDialog(window());
        return f != null && saveTo(f.toPath());
    }

    private boolean saveTo(Path f) {
        try {
            doc.saveAs(f);
            status.setText("Saved " + f.getFileName() + ".");
            return true;
        } catch (IOException e) {
            status.setText("Not saved: " + e.getMessage());
            showError("The story could not be saved (your changes are kept)", f + ": " + e);
            return false;
        }
    }

    private void newStory() {
        if (confirmDiscard()) {
            doc.newStory("Untitled story");
            status.setText("New story.");
        }
    }

    private void openFile() { chooseAndOpen(); }

    /** Asks for a story file and opens it; returns whether one was opened. */
    public boolean chooseAndOpen() {
        java.io.File f = chooser("Open story").showOpenDialog(window());
        return f != null && open(f.toPath());
    }

    /** The position of the selected stop, or -1. */
    public javafx.beans.property.ReadOnlyIntegerProperty selectedIndexProperty() {
        return list.getSelectionModel().selectedIndexProperty();
    }

    private List<MenuItem> shippedItems() {
        List<MenuItem> out = new ArrayList<>();
        for (String rel : shipped) {
            String name;
            try {
                name = ShippedStories.load(rel).title();
            } catch (IOException e) {
                name = rel + " (cannot be read)";
            }
            MenuItem mi = new MenuItem(name);
            mi.setOnAction(e -> openShipped(rel));
            out.add(mi);
        }
        if (out.isEmpty()) {
            MenuItem none = new MenuItem("(no shipped stories)");
            none.setDisable(true);
            out.add(none);
        }
        return out;
    }

    private void updateStopFromView() {
        int i = selectedIndex();
        if (i < 0) return;
        Stop old = doc.getStory().stop(i);
        Stop v = stopFromView(old.title());
        doc.edit(s -> s.withStopReplaced(i, new Stop(old.title(), old.text(), v.date(),
                old.window() != null && old.window().contains(v.date()) ? old.window() : null, v.center(), v.zoom(),
                v.layers(), v.highlights(), old.notes(), old.sources(), old.drawings(), v.compareDate())));
        status.setText("Stop " + (i + 1) + " now uses the current view.");
    }

    private void editStop(java.util.function.UnaryOperator<Stop> change) {
        int i = selectedIndex();
        if (syncing || i < 0) return;
        doc.edit(s -> s.withStopReplaced(i, change.apply(s.stop(i))));
    }

    private void sync() {
        syncing = true;
        try {
            Story s = doc.getStory();
            int sel = selectedIndex();
            if (!items.equals(s.stops())) items.setAll(s.stops());
            if (sel >= items.size()) sel = items.size() - 1;
            if (sel >= 0) list.getSelectionModel().select(sel);
            if (!storyTitle.getText().equals(s.title())) storyTitle.setText(s.title());
            showSelectedFields();
        } finally {
            syncing = false;
        }
    }

    private void showSelected() {
        if (syncing) return;
        syncing = true;
        try {
            showSelectedFields();
        } finally {
            syncing = false;
        }
    }

    private void showSelectedFields() {
        int i = selectedIndex();
        Stop s = i < 0 || i >= items.size() ? null : items.get(i);
        boolean none = s == null;
        stopTitle.setDisable(none);
        stopText.setDisable(none);
        stopNotes.setDisable(none);
        setIfChanged(stopTitle, none ? "" : s.title());
        setIfChanged(stopText, none ? "" : s.text());
        setIfChanged(stopNotes, none ? "" : s.notes());
        stopDate.setText(none ? "" : CaptionPanel.dateLabel(s) + String.format(java.util.Locale.ROOT, "  ·  %s, z %.1f", s.center(), s.zoom()));
    }

    private static void setIfChanged(javafx.scene.control.TextInputControl c, String t) {
        if (!c.getText().equals(t)) c.setText(t);
    }

    private Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Stories (*.story.json, *.json)", "*.story.json", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path f = doc.getFile();
        if (f != null && f.toAbsolutePath().getParent() != null) fc.setInitialDirectory(f.toAbsolutePath().getParent().toFile());
        return fc;
    }

    private void showError(String header, String detail) {
        if (getScene() == null || window() == null || !window().isShowing()) return;
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setHeaderText(header);
        TextArea t = new TextArea(detail);
        t.setEditable(false);
        t.setWrapText(true);
        a.getDialogPane().setContent(t);
        initOwner(a);
        a.show();
    }

    private void initOwner(Alert a) { if (window() != null) a.initOwner(window()); }

    private Window window() { return getScene() == null ? null : getScene().getWindow(); }

    private static double clampZoom(double z) { return Math.max(Stop.MIN_ZOOM, Math.min(Stop.MAX_ZOOM, z)); }

    static String slug(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return t.isEmpty() ? "story" : t;
    }

    /** A stop row: "3. Title — 3 August 2022"; drag a row onto another to move it there. */
    private final class StopCell extends ListCell<Stop> {
        StopCell() {
            getStyleClass().add("story-stop-cell");
            setOnDragDetected(e -> {
                if (isEmpty()) return;
                var db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.put(STOP_INDEX, getIndex());
                db.setContent(c);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasContent(STOP_INDEX)) e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            });
            setOnDragEntered(e -> getStyleClass().add("drop-target"));
            setOnDragExited(e -> getStyleClass().remove("drop-target"));
            setOnDragDropped(e -> {
                Object from = e.getDragboard().getContent(STOP_INDEX);
                boolean ok = false;
                if (from instanceof Integer f) {
                    int to = isEmpty() ? items.size() - 1 : getIndex();
                    moveTo(f, to);
                    ok = true;
                }
                e.setDropCompleted(ok);
                e.consume();
            });
        }

        @Override protected void updateItem(Stop s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : (getIndex() + 1) + ". " + s.title() + " — " + CaptionPanel.dateLabel(s));
        }
    }

    /** Moves the stop at {@code from} to position {@code to} and selects it (what a drag does). */
    public void moveTo(int from, int to) {
        int n = doc.getStory().size();
        if (from < 0 || from >= n || to < 0 || to >= n || from == to) return;
        doc.edit(s -> s.withStopMoved(from, to));
        select(to);
    }
}
