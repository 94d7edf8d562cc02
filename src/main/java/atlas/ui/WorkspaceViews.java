package atlas.ui;

import atlas.i18n.Texts;
import atlas.map.Translations;
import atlas.model.Workspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.AnchorPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Puts the workspace of layers into a main window: the File menu (Import…, Open recent, Export visible events…),
 * Ctrl+O, files dropped anywhere on the window (one or several), the import strip over the map, the Layers panel
 * ({@link #panel()}, placed by the app above the event list), and the importer of files named on the command line
 * ({@link OpenFiles}). Every route goes through {@link OpenFiles}, so a dropped story opens in the story panel and a
 * dropped data file becomes a layer. Ids: {@code #file-menu}, {@code #import-files}, {@code #recent-menu},
 * {@code #export-visible}. FX thread.
 */
public final class WorkspaceViews {
    /** Opens File ▸ Import…. */
    public static final KeyCombination IMPORT_KEY = KeyCombination.keyCombination("Shortcut+O");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final MainWindow window;
    private final WorkspaceEditor editor;
    private final ImportAction imports;
    private final ExportAction exports;
    private final MenuButton fileMenu = new MenuButton();
    private final Menu recentMenu = new Menu();
    private WorkspacePanel panel;
    private Consumer<String> notice = text -> WorkspaceStartup.showNotice(null, text);

    /** Creates the views of a window's workspace. */
    public WorkspaceViews(MainWindow window, WorkspaceEditor editor, ImportAction imports, ExportAction exports) {
        this.window = Objects.requireNonNull(window);
        this.editor = Objects.requireNonNull(editor);
        this.imports = Objects.requireNonNull(imports);
        this.exports = Objects.requireNonNull(exports);
    }

    /** Adds the File menu, Ctrl+O, drag and drop, the import strip and the importer to the window. */
    public WorkspaceViews install() {
        window.getStylesheets().add(WorkspaceViews.class.getResource("workspace.css").toExternalForm());
        window.openFiles().add(imports.opener());
        window.openFiles().setOnOpened(editor::addRecent);
        exports.setOnDone(imports.progress()::message);

        MenuItem importItem = new MenuItem();
        Translations.bind(importItem.textProperty(), "file.import");
        Translations.bind(fileMenu.textProperty(), "file.menu");
        fileMenu.accessibleTextProperty().bind(fileMenu.textProperty());
        Translations.bind(recentMenu.textProperty(), "file.recent");
        importItem.setId("import-files");
        importItem.setAccelerator(IMPORT_KEY);
        importItem.setOnAction(e -> chooseImport());
        recentMenu.setId("recent-menu");
        MenuItem export = new MenuItem();
        Translations.bind(export.textProperty(), "file.export-visible");
        export.setId("export-visible");
        export.setOnAction(e -> exports.chooseAndExportVisible(owner(), editor.getWorkspace(), window.state().categorySnapshot()));
        fileMenu.setId("file-menu");
        fileMenu.getItems().setAll(importItem, recentMenu, new SeparatorMenuItem(), export);
        fileMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        Translations.onChange(fileMenu, this::fillRecent);
        window.toolbar().getItems().add(0, fileMenu);
        window.sceneProperty().addListener((o, was, s) -> hook(s));
        hook(window.getScene());

        // files dropped anywhere on the window that no panel took (the story's and the layers' rows move rows)
        window.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                window.pseudoClassStateChanged(DROP_TARGET, true);
                e.consume();
            }
        });
        window.addEventHandler(DragEvent.DRAG_EXITED, e -> window.pseudoClassStateChanged(DROP_TARGET, false));
        window.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            window.pseudoClassStateChanged(DROP_TARGET, false);
            if (!e.getDragboard().hasFiles()) return;
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            // opened after the drop completes: a dialog shown inside the drop handler would hold the source app
            javafx.application.Platform.runLater(() -> window.openFiles().open(files));
        });

        // the import strip goes over the map when it first shows: the window's first paint does without it
        if (imports.progress().isVisible()) addStrip();
        else imports.progress().visibleProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override public void invalidated(javafx.beans.Observable o) {
                imports.progress().visibleProperty().removeListener(this);
                addStrip();
            }
        });
        return this;
    }

    private void addStrip() {
        HBox strip = new HBox(imports.progress());
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setPickOnBounds(false);
        strip.setMouseTransparent(false);
        imports.progress().getStylesheets().add(WorkspaceViews.class.getResource("workspace.css").toExternalForm());
        AnchorPane.setTopAnchor(strip, 10.0);
        AnchorPane.setLeftAnchor(strip, 60.0);
        AnchorPane.setRightAnchor(strip, 60.0);
        window.map().chrome().getChildren().add(strip);
    }

    private void hook(Scene s) {
        if (s == null) return;
        s.getAccelerators().put(IMPORT_KEY, this::chooseImport);
    }

    private Window owner() { return window.getScene() == null ? null : window.getScene().getWindow(); }

    /** Opens the import file chooser. */
    public void chooseImport() { imports.choose(owner(), window.openFiles()); }

    /** Sets how the start-up notice about missing files is shown (a dialog by default). */
    public void setOnNotice(Consumer<String> n) { notice = Objects.requireNonNull(n); }

    /** Reads the remembered files of the workspace (after the first paint), then reports those that could not be. */
    public java.util.concurrent.CompletableFuture<Void> reopenRemembered() {
        return WorkspaceStartup.reopen(imports, notice);
    }

    /** Gets the Layers panel, building it on first use. */
    public WorkspacePanel panel() {
        if (panel == null) {
            panel = new WorkspacePanel(editor, this::chooseImport, new WorkspacePanel.Actions() {
                @Override public void export(Workspace.Layer layer) { exports.chooseAndExportLayer(owner(), layer); }

                @Override public void showSkipped(Workspace.Layer layer) {
                    WorkspaceEditor.LayerInfo i = editor.info(layer.id());
                    ImportDialogs.showSkipped(owner(), layer.name(), i.skipped(), i.skippedCount());
                }

                @Override public void locate(Workspace.Layer layer) {
                    FileChooser fc = new FileChooser();
                    fc.setTitle(Texts.format("file.locate.title", layer.name()));
                    Path was = Path.of(layer.source());
                    if (was.getParent() != null && Files.isDirectory(was.getParent())) fc.setInitialDirectory(was.getParent().toFile());
                    if (was.getFileName() != null) fc.setInitialFileName(was.getFileName().toString());
                    File f = fc.showOpenDialog(owner());
                    if (f != null) imports.reopen(layer.id(), f.toPath(), true);
                }

                @Override public void reload(Workspace.Layer layer) { imports.reopen(layer.id(), Path.of(layer.source()), true); }
            });
        }
        return panel;
    }

    /** Gets the File menu. */
    public MenuButton fileMenu() { return fileMenu; }

    private void fillRecent() {
        recentMenu.getItems().clear();
        if (editor.recent().isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        int k = 0;
        for (String f : editor.recent()) {
            Path p = Path.of(f);
            MenuItem m = new MenuItem((++k < 10 ? "_" + k + "  " : "    ") + (p.getFileName() == null ? f : p.getFileName().toString())
                    + "  —  " + (p.getParent() == null ? "" : p.getParent().toString()));
            m.setMnemonicParsing(true);
            m.setId("recent-" + k);
            m.setDisable(!Files.exists(p));
            m.setOnAction(e -> window.openFiles().open(List.of(p)));
            recentMenu.getItems().add(m);
        }
        MenuItem clear = new MenuItem(Texts.get("file.recent.clear"));
        clear.setId("recent-clear");
        clear.setOnAction(e -> editor.recent().clear());
        recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
