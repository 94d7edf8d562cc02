package atlas.story;

import atlas.i18n.Texts;
import atlas.io.StoryFormatException;
import atlas.map.Translations;
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
    private final Button present = new Button();
    private final javafx.scene.control.ComboBox<javafx.stage.Screen> screens = new javafx.scene.control.ComboBox<>();
    private final javafx.scene.control.CheckBox contrast = new javafx.scene.control.CheckBox();
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

        Button newB = button("story.new", "story-new", "story.new.tip", this::newStory);
        Button openB = button("story.open", "story-open", "story.open.tip", this::openFile);
        MenuButton shippedMenu = new MenuButton();
        Translations.bind(shippedMenu.textProperty(), "story.shipped");
        shippedMenu.accessibleTextProperty().bind(shippedMenu.textProperty());
        shippedMenu.setId("story-shipped");
        shippedMenu.setOnShowing(e -> shippedMenu.getItems().setAll(shippedItems()));
        shippedMenu.getItems().setAll(shippedItems());
        Button saveB = button("story.save", "story-save", "story.save.tip", this::save);
        Button saveAsB = button("story.save-as", "story-save-as", "story.save-as.tip", this::saveAs);
        HBox fileRow = new HBox(4, newB, openB, shippedMenu, saveB, saveAsB);

        storyTitle.setId("story-title");
        prompt(storyTitle, "story.title.prompt");
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

        Button add = button("story.add", "story-add", "story.add.tip", this::addStop);
        Button up = symbolButton("▲", "story-up", "story.up.tip", () -> move(-1));
        Button down = symbolButton("▼", "story-down", "story.down.tip", () -> move(1));
        Button del = button("story.delete", "story-delete", "story.delete.tip", this::deleteStop);
        Button setView = button("story.use-view", "story-set-view", "story.use-view.tip", this::updateStopFromView);
        Button keepDrawn = button("story.keep-drawings", "story-keep-drawings", "story.keep-drawings.tip", this::keepDrawings);
        HBox stopRow = new HBox(4, add, up, down, del);
        stopRow.setAlignment(Pos.CENTER_LEFT);
        Button addCompare = button("story.add-compare", "story-add-compare", "story.add-compare.tip", this::addComparisonStop);
        HBox compareRow = new HBox(4, addCompare);
        compareRow.setAlignment(Pos.CENTER_LEFT);

        stopTitle.setId("stop-title");
        prompt(stopTitle, "story.stop-title.prompt");
        stopText.setId("stop-text");
        prompt(stopText, "story.stop-text.prompt");
        stopText.setWrapText(true);
        stopText.setPrefRowCount(5);
        stopNotes.setId("stop-notes");
        prompt(stopNotes, "story.stop-notes.prompt");
        stopNotes.setWrapText(true);
        stopNotes.setPrefRowCount(3);
        stopDate.setId("stop-date");
        stopTitle.textProperty().addListener((o, a, b) -> editStop(s -> b.isBlank() ? s : s.withTitle(b)));
        stopText.textProperty().addListener((o, a, b) -> editStop(s -> s.withText(b)));
        stopNotes.textProperty().addListener((o, a, b) -> editStop(s -> s.withNotes(b)));

        present.setId("story-present");
        Translations.bind(present.textProperty(), "story.present");
        Translations.bind(contrast.textProperty(), "story.high-contrast");
        present.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(present, Priority.ALWAYS);
        actionRow.getChildren().add(present);
        status.setId("story-status");
        status.getStyleClass().add("story-status");
        status.setWrapText(true);

        screens.setId("story-screen");
        screens.setTooltip(tooltip("story.screen.tip"));
        Translations.bind(screens.accessibleTextProperty(), "story.screen.tip");
        screens.setConverter(new javafx.util.StringConverter<>() {
            @Override public String toString(javafx.stage.Screen sc) { return sc == null ? "" : screenName(sc); }
            @Override public javafx.stage.Screen fromString(String t) { return null; }
        });
        screens.setOnShowing(e -> refreshScreens());
        refreshScreens();
        contrast.setId("story-contrast");
        Label screenLabel = new Label();
        Translations.bind(screenLabel.textProperty(), "story.screen");
        screenLabel.setLabelFor(screens);
        screenLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox presentRow = new HBox(6, screenLabel, screens, contrast);
        presentRow.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(list, Priority.ALWAYS);
        Label storyLabel = new Label();
        Translations.bind(storyLabel.textProperty(), "story.heading");
        storyLabel.setLabelFor(storyTitle);
        Translations.bind(list.accessibleTextProperty(), "story.stops");
        getChildren().addAll(fileRow, storyLabel, storyTitle, list, stopRow, compareRow,
                new HBox(6, stopDate, setView, keepDrawn), stopTitle, stopText, stopNotes, presentRow, actionRow, status);
        // the stops' dates, the screens' names and the stop fields in the new language; an old message goes
        Translations.onChange(this, () -> {
            list.refresh();
            screens.setConverter(screens.getConverter());
            status.setText("");
            sync();
        });
        Translations.relabel(screens);
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
        return Texts.format(sc.equals(javafx.stage.Screen.getPrimary()) ? "story.screen.primary" : "story.screen.secondary",
                i, (int) b.getWidth(), (int) b.getHeight());
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
        status.setText(Texts.format("story.status.compare-added", selectedIndex() + 1,
                atlas.model.EventDate.day(s.compareDate()).label(), atlas.model.EventDate.day(s.date()).label()));
    }

    /** Adds a stop from the current view after the selected stop (or at the end) and selects it. */
    public void addStop() {
        TimedEvent sel = state.getSelectedEvent();
        int at = selectedIndex() < 0 ? doc.getStory().size() : selectedIndex() + 1;
        Stop s = stopFromView(sel != null ? sel.title() : Texts.format("story.stop.default-title", doc.getStory().size() + 1));
        doc.edit(st -> st.withStopAdded(at, s));
        select(at);
        status.setText(Texts.format("story.status.added", at + 1));
    }

    /**
     * Keeps what is drawn on the map now with the selected stop (replacing what it kept; nothing drawn keeps none);
     * returns whether a stop was selected.
     */
    public boolean keepDrawings() {
        int i = selectedIndex();
        if (i < 0) {
            status.setText(Texts.get("story.status.keep-no-stop"));
            return false;
        }
        int n = state.getDrawings().size();
        doc.edit(s -> s.withStopReplaced(i, s.stop(i).withDrawings(state.getDrawings())));
        status.setText(Texts.plural("story.status.kept", n, i + 1));
        return true;
    }

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
        status.setText(Texts.format("story.status.deleted", i + 1));
    }

    /** Opens a shipped story (see {@link ShippedStories}), after asking about unsaved changes. */
    public boolean openShipped(String relative) {
        if (!confirmDiscard()) return false;
        try {
            doc.openUnsaved(ShippedStories.load(relative));
            if (doc.getStory().size() > 0) select(0);
            status.setText(Texts.plural("story.status.opened-shipped", doc.getStory().size(), doc.getStory().title()));
            return true;
        } catch (IOException e) {
            status.setText(Texts.format("story.status.not-opened", e.getMessage()));
            showError(Texts.get("story.error.shipped"), e.getMessage());
            return false;
        }
    }

    /** Opens a story file, after asking about unsaved changes; a broken file is reported and changes nothing. */
    public boolean open(Path f) {
        if (!confirmDiscard()) return false;
        try {
            doc.open(f);
            if (doc.getStory().size() > 0) select(0);
            status.setText(Texts.plural("story.status.opened", doc.getStory().size(), f.getFileName()));
            return true;
        } catch (StoryFormatException e) {
            status.setText(Texts.format("story.status.not-opened", e.problems().get(0)
                    + (e.problems().size() > 1 ? " " + Texts.format("story.status.more", e.problems().size() - 1) : "")));
            showError(Texts.get("story.error.problems"), e.getMessage());
        } catch (IOException e) {
            status.setText(Texts.format("story.status.not-opened", f + ": " + e.getMessage()));
            showError(Texts.get("story.error.unreadable"), f + ": " + e.getMessage());
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
            status.setText(Texts.format("story.status.not-opened", problems.isEmpty() ? from.getFileName() : problems.get(0)));
            showError(Texts.get("story.error.problems"), String.join("\n", problems));
            return false;
        }
        if (!confirmDiscard()) return false;
        doc.openUnsaved(s);
        if (doc.getStory().size() > 0) select(0);
        status.setText(Texts.plural("story.status.opened-imported", doc.getStory().size(), from.getFileName(),
                problems.isEmpty() ? "" : Texts.plural("story.status.import-problems", problems.size(), problems.get(0))));
        return true;
    }

    /**
     * Asks what to do with unsaved changes (save, discard, cancel); returns true when the caller may go on.
     * Returns true at once when there are none.
     */
    public boolean confirmDiscard() {
        if (!doc.isDirty()) return true;
        ButtonType saveT = new ButtonType(Texts.get("story.save"), ButtonBar.ButtonData.YES);
        ButtonType discardT = new ButtonType(Texts.get("story.discard-changes"), ButtonBar.ButtonData.NO);
        ButtonType cancelT = new ButtonType(Texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = atlas.ui.Dialogs.localize(new Alert(Alert.AlertType.CONFIRMATION, Texts.format("story.unsaved", doc.getStory().title()),
                saveT, discardT, cancelT));
        a.setHeaderText(Texts.get("story.unsaved.header"));
        initOwner(a);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == cancelT) return false;
        if (r.get() == saveT) return doc.getFile() != null ? save() : saveAs();
        doc.discardRecovery();
        return true;
    }

    /** Offers to restore a recovery copy left by an earlier session (call once at start-up). */
    public void offerRecovery() {
        if (doc.recoveryCopy().isEmpty()) return;
        ButtonType restore = new ButtonType(Texts.get("story.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Texts.get("story.discard"), ButtonBar.ButtonData.NO);
        Alert a = atlas.ui.Dialogs.localize(new Alert(Alert.AlertType.CONFIRMATION, Texts.get("story.recovery"), restore, discard));
        a.setHeaderText(Texts.get("story.recovery.header"));
        initOwner(a);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isPresent() && r.get() == restore) {
            try {
                doc.recover();
                status.setText(Texts.get("story.status.restored"));
            } catch (IOException e) {
                showError(Texts.get("story.error.recovery"), e.getMessage());
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
        FileChooser fc = chooser(Texts.get("story.save.title"));
        fc.setInitialFileName(slug(doc.getStory().title()) + ".story.json");
        java.io.File f = fc.showSaveDialog(window());
        return f != null && saveTo(f.toPath());
    }

    private boolean saveTo(Path f) {
        try {
            doc.saveAs(f);
            status.setText(Texts.format("story.status.saved", f.getFileName()));
            return true;
        } catch (IOException e) {
            status.setText(Texts.format("story.status.not-saved", e.getMessage()));
            showError(Texts.get("story.error.save"), f + ": " + e);
            return false;
        }
    }

    private void newStory() {
        if (confirmDiscard()) {
            doc.newStory(Texts.get("story.untitled"));
            status.setText(Texts.get("story.status.new"));
        }
    }

    private void openFile() { chooseAndOpen(); }

    /** Asks for a story file and opens it; returns whether one was opened. */
    public boolean chooseAndOpen() {
        java.io.File f = chooser(Texts.get("story.open.title")).showOpenDialog(window());
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
                name = Texts.format("story.shipped.unreadable", rel);
            }
            MenuItem mi = new MenuItem(name);
            mi.setOnAction(e -> openShipped(rel));
            out.add(mi);
        }
        if (out.isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("story.shipped.none"));
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
        status.setText(Texts.format("story.status.view-used", i + 1));
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
        stopDate.setText(none ? "" : Texts.format("story.stop.where", CaptionPanel.dateLabel(s),
                Texts.decimal(s.center().lat(), 5), Texts.decimal(s.center().lon(), 5), Texts.decimal(s.zoom(), 1)));
    }

    private static void setIfChanged(javafx.scene.control.TextInputControl c, String t) {
        if (!c.getText().equals(t)) c.setText(t);
    }

    private Button button(String key, String id, String tipKey, Runnable action) {
        Button b = new Button();
        Translations.bind(b.textProperty(), key);
        b.setId(id);
        b.setTooltip(tooltip(tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Gets a button showing a symbol ("▲"); its tooltip and spoken text follow the language. */
    private Button symbolButton(String symbol, String id, String tipKey, Runnable action) {
        Button b = new Button(symbol);
        b.setId(id);
        b.setTooltip(tooltip(tipKey));
        Translations.bind(b.accessibleTextProperty(), tipKey);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        Translations.bind(t.textProperty(), key);
        return t;
    }

    private static void prompt(javafx.scene.control.TextInputControl c, String key) {
        Translations.bind(c.promptTextProperty(), key);
        Translations.bind(c.accessibleTextProperty(), key);
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Texts.get("story.filter"), "*.story.json", "*.json"),
                new FileChooser.ExtensionFilter(Texts.get("open.all-files"), "*"));
        Path f = doc.getFile();
        if (f != null && f.toAbsolutePath().getParent() != null) fc.setInitialDirectory(f.toAbsolutePath().getParent().toFile());
        return fc;
    }

    private void showError(String header, String detail) {
        if (getScene() == null || window() == null || !window().isShowing()) return;
        Alert a = atlas.ui.Dialogs.localize(new Alert(Alert.AlertType.ERROR));
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
            setText(empty || s == null ? null : Texts.format("story.stop.row", getIndex() + 1, s.title(), CaptionPanel.dateLabel(s)));
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
