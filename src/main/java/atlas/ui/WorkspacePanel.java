package atlas.ui;

import atlas.i18n.Texts;
import atlas.map.Translations;
import atlas.model.Workspace;
import java.nio.file.Path;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The workspace's layers, in order (the first is drawn first): for each, a visibility box, its colour (the ring
 * drawn around its events' symbols; a chooser), its name (double-click to rename), how many events it holds and where
 * they come from, and a menu: rename, move up or down, export, the records skipped at import, locate a missing file,
 * reload, remove. Rows are reordered by dragging too. A layer whose file is missing is kept, greyed, "file missing".
 * Ids: {@code #workspace-panel}, {@code #workspace-layers}, {@code #workspace-import}; per row
 * {@code #layer-visible-<id>}, {@code #layer-colour-<id>}, {@code #layer-name-<id>}, {@code #layer-menu-<id>}.
 * FX thread.
 */
public final class WorkspacePanel extends VBox {
    private static final double ROW_PX = 46;
    private static final int ROWS_SHOWN = 5;
    private static final DataFormat LAYER_ID = new DataFormat("application/x-corridor-atlas-layer-id");

    /** What the menu's actions do outside the panel: export, show skipped records, locate a file, reload. */
    public interface Actions {
        void export(Workspace.Layer layer);

        void showSkipped(Workspace.Layer layer);

        void locate(Workspace.Layer layer);

        void reload(Workspace.Layer layer);
    }

    private final WorkspaceEditor editor;
    private final Actions actions;
    private final ObservableList<Workspace.Layer> items = FXCollections.observableArrayList();
    private final ListView<Workspace.Layer> list = new ListView<>(items);
    private final java.util.List<java.lang.ref.WeakReference<LayerCell>> cells = new java.util.ArrayList<>();

    /** Creates the panel over an editor; {@code onImport} runs the Import button. */
    public WorkspacePanel(WorkspaceEditor editor, Runnable onImport, Actions actions) {
        this.editor = editor;
        this.actions = actions;
        setId("workspace-panel");
        getStyleClass().add("workspace-panel");
        getStylesheets().add(WorkspacePanel.class.getResource("workspace.css").toExternalForm());
        Label title = new Label();
        Translations.bind(title.textProperty(), "workspace.title");
        title.getStyleClass().add("panel-title");
        Button importButton = new Button();
        Translations.bind(importButton.textProperty(), "file.import");
        importButton.setId("workspace-import");
        importButton.setTooltip(new Tooltip());
        Translations.bind(importButton.getTooltip().textProperty(), "workspace.import.tip");
        importButton.setOnAction(e -> onImport.run());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, title, spacer, importButton);
        head.setAlignment(Pos.CENTER_LEFT);

        list.setId("workspace-layers");
        list.getStyleClass().add("workspace-layers");
        list.setCellFactory(v -> {
            LayerCell c = new LayerCell();
            cells.add(new java.lang.ref.WeakReference<>(c));
            return c;
        });
        list.setFixedCellSize(ROW_PX);
        list.setFocusTraversable(false);
        items.addListener((javafx.collections.ListChangeListener<Workspace.Layer>) c -> fitHeight());
        editor.workspaceProperty().addListener((o, was, w) -> items.setAll(w.layers()));
        editor.infos().addListener((MapChangeListener<String, WorkspaceEditor.LayerInfo>) c -> list.refresh());
        items.setAll(editor.getWorkspace().layers());
        // the rows' texts, menus and tooltips are written again in the new language, at once (a refresh alone waits
        // for the next layout, and until then the rows would show the language before)
        Translations.onChange(this, () -> {
            cells.removeIf(r -> r.get() == null);
            for (var r : cells) {
                LayerCell c = r.get();
                if (c != null && !c.isEmpty() && c.getItem() != null) c.show(c.getItem());
            }
            list.refresh();
        });
        fitHeight();
        getChildren().addAll(head, list);
        setSpacing(4);
    }

    private void fitHeight() {
        double h = Math.max(1, Math.min(ROWS_SHOWN, items.size())) * ROW_PX + 4;
        list.setPrefHeight(h);
        list.setMinHeight(h);
        list.setMaxHeight(h);
    }

    /** Gets the list of layers (for tests). */
    public ListView<Workspace.Layer> listView() { return list; }

    /** Gets the text that describes a layer under its name: its events, its file, or why it has none. */
    String detail(Workspace.Layer l) {
        WorkspaceEditor.LayerInfo info = editor.info(l.id());
        String where = l.source() == null ? Texts.get("workspace.shipped") : fileName(l.source());
        return switch (info.status()) {
            case LOADING -> Texts.get("workspace.status.reading") + " · " + where;
            case MISSING -> Texts.get("workspace.status.missing") + " · " + l.source();
            case FAILED -> Texts.get("workspace.status.failed") + " · " + where;
            case READY -> {
                int refs = l.dataset().references().size();
                String n = Texts.plural("workspace.events", l.dataset().events().size());
                if (refs > 0) n = Texts.format("workspace.events-and-references", n, Texts.plural("workspace.references", refs));
                yield n + " · " + where + (info.message().isEmpty() ? "" : " · " + info.message());
            }
        };
    }

    private static String fileName(String source) {
        Path p = Path.of(source).getFileName();
        return p == null ? source : p.toString();
    }

    /**
     * Draws a layer's swatch as its events look on the map: a ring of its colour around a grey symbol; a plain grey
     * symbol for a layer without a colour (its events keep their category colours, without a ring).
     */
    static void drawSwatch(Canvas k, Color c) {
        javafx.scene.canvas.GraphicsContext g = k.getGraphicsContext2D();
        double w = k.getWidth(), h = k.getHeight();
        g.clearRect(0, 0, w, h);
        atlas.map.CategoryStyle.draw(g, atlas.model.Category.OTHER, w / 2, h / 2, 3.5, c == null ? 0.8 : 0.5);
        if (c == null) return;
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.strokeOval(2, 2, w - 4, h - 4);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    /** One layer's row. */
    private final class LayerCell extends ListCell<Workspace.Layer> {
        private final CheckBox shown = new CheckBox();
        private final MenuButton colour = new MenuButton();
        private final Canvas swatch = new Canvas(18, 18);
        private final Label name = new Label();
        private final Label detail = new Label();
        private final TextField edit = new TextField();
        private final VBox text = new VBox(1, name, detail);
        private final MenuButton menu = new MenuButton("⋮");
        private final HBox row = new HBox(6, shown, colour, text, menu);
        private final Tooltip tooltip = new Tooltip();
        private boolean updating;

        LayerCell() {
            getStyleClass().add("layer-cell");
            // the row takes the list's width, never more: long names are cut with an ellipsis, not scrolled
            setPrefWidth(0);
            name.getStyleClass().add("layer-name");
            detail.getStyleClass().add("layer-detail");
            name.setMinWidth(0);
            detail.setMinWidth(0);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            row.setAlignment(Pos.CENTER_LEFT);
            shown.setTooltip(new Tooltip());
            Translations.bind(shown.getTooltip().textProperty(), "workspace.shown.tip");
            Translations.bind(shown.accessibleTextProperty(), "workspace.shown.tip");
            colour.getStyleClass().add("layer-colour");
            colour.setGraphic(swatch);
            colour.setTooltip(new Tooltip());
            Translations.bind(colour.getTooltip().textProperty(), "workspace.colour.tip");
            Translations.bind(colour.accessibleTextProperty(), "workspace.colour.tip");
            Translations.bind(menu.accessibleTextProperty(), "workspace.menu.spoken");
            colour.setFocusTraversable(false);
            menu.getStyleClass().add("layer-menu");
            menu.setFocusTraversable(false);
            shown.selectedProperty().addListener((o, was, on) -> {
                if (!updating && getItem() != null && getItem().visible() != on) editor.setVisible(getItem().id(), on);
            });
            text.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) startRename();
            });
            edit.setOnAction(e -> commitRename());
            edit.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) cancelRename();
            });
            edit.focusedProperty().addListener((o, was, now) -> {
                if (!now && getGraphic() == row && text.getChildren().contains(edit)) commitRename();
            });
            setOnDragDetected(e -> {
                if (getItem() == null || text.getChildren().contains(edit)) return;
                var db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.put(LAYER_ID, getItem().id());
                db.setContent(c);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasContent(LAYER_ID)) e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            });
            setOnDragDropped(e -> {
                Object id = e.getDragboard().getContent(LAYER_ID);
                boolean ok = id instanceof String s && !isEmpty() && getItem() != null;
                if (ok) editor.move((String) id, editor.getWorkspace().positionOf(getItem().id()));
                e.setDropCompleted(ok);
                e.consume();
            });
        }

        @Override protected void updateItem(Workspace.Layer l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setGraphic(null);
                setText(null);
                setContextMenu(null);
                return;
            }
            show(l);
        }

        /** Shows a layer in the row: its state, texts, menus and tooltip. */
        void show(Workspace.Layer l) {
            updating = true;
            try {
                String id = l.id();
                shown.setId("layer-visible-" + id);
                colour.setId("layer-colour-" + id);
                name.setId("layer-name-" + id);
                menu.setId("layer-menu-" + id);
                shown.setSelected(l.visible());
                drawSwatch(swatch, l.colour() == null ? null : Color.web(l.colour()));
                colour.getItems().setAll(colourItems(l));
                if (!text.getChildren().contains(edit)) name.setText(l.name());
                detail.setText(detail(l));
                WorkspaceEditor.Status status = editor.info(id).status();
                pseudoClassStateChanged(MISSING_STATE, status == WorkspaceEditor.Status.MISSING
                        || status == WorkspaceEditor.Status.FAILED);
                pseudoClassStateChanged(HIDDEN_STATE, !l.visible());
                // one tooltip per cell, its text changed: a new Tooltip is a popup window with its own scene
                tooltip.setText(l.name() + "\n" + (l.source() == null ? Texts.get("workspace.shipped") : l.source()) + "\n" + detail(l));
                setTooltip(tooltip);
                menu.getItems().setAll(items(l));
                ContextMenu cm = new ContextMenu();
                cm.getItems().setAll(items(l));
                setContextMenu(cm);
            } finally {
                updating = false;
            }
            setText(null);
            setGraphic(row);
        }

        private java.util.List<MenuItem> items(Workspace.Layer l) {
            Workspace w = editor.getWorkspace();
            int at = w.positionOf(l.id());
            WorkspaceEditor.LayerInfo info = editor.info(l.id());
            MenuItem rename = item(Texts.get("workspace.rename"), "rename", this::startRename);
            MenuItem up = item(Texts.get("workspace.move-up"), "up", () -> editor.move(l.id(), at - 1));
            up.setDisable(at <= 0);
            MenuItem down = item(Texts.get("workspace.move-down"), "down", () -> editor.move(l.id(), at + 1));
            down.setDisable(at >= w.layers().size() - 1);
            MenuItem export = item(Texts.get("workspace.export"), "export", () -> actions.export(l));
            export.setDisable(l.dataset().events().isEmpty() && l.dataset().references().isEmpty());
            MenuItem skipped = item(Texts.get("workspace.skipped"), "skipped", () -> actions.showSkipped(l));
            skipped.setDisable(info.skipped().isEmpty());
            MenuItem locate = item(Texts.get("workspace.locate"), "locate", () -> actions.locate(l));
            locate.setDisable(l.source() == null);
            MenuItem reload = item(Texts.get("workspace.reload"), "reload", () -> actions.reload(l));
            reload.setDisable(l.source() == null || info.status() == WorkspaceEditor.Status.LOADING);
            MenuItem remove = item(Texts.get("workspace.remove"), "remove", () -> editor.remove(l.id()));
            remove.setDisable(l.source() == null);
            if (l.source() == null) remove.setText(Texts.get("workspace.remove") + " — " + Texts.get("workspace.shipped-not-removed"));
            return java.util.List.of(rename, up, down, new SeparatorMenuItem(), export, skipped,
                    new SeparatorMenuItem(), locate, reload, remove);
        }

        /** Gets the colour menu: the palette, a custom colour, and no ring. */
        private java.util.List<MenuItem> colourItems(Workspace.Layer l) {
            java.util.List<MenuItem> out = new java.util.ArrayList<>();
            for (String c : LayerColours.PALETTE) {
                Canvas k = new Canvas(18, 18);
                drawSwatch(k, Color.web(c));
                MenuItem m = new MenuItem(c.equalsIgnoreCase(l.colour()) ? Texts.get("workspace.colour.current") : "", k);
                m.setId("layer-colour-" + c.substring(1));
                m.setOnAction(e -> editor.recolour(l.id(), c));
                out.add(m);
            }
            ColorPicker picker = new ColorPicker(l.colour() == null ? Color.web(LayerColours.PALETTE.get(0)) : Color.web(l.colour()));
            picker.setId("layer-colour-custom");
            picker.setOnAction(e -> {
                if (picker.getValue() != null) editor.recolour(l.id(), hex(picker.getValue()));
            });
            out.add(new SeparatorMenuItem());
            out.add(new CustomMenuItem(new HBox(6, new Label(Texts.get("workspace.colour.custom")), picker), false));
            MenuItem none = new MenuItem(Texts.get("workspace.colour.none"));
            none.setId("layer-colour-none");
            none.setDisable(l.colour() == null);
            none.setOnAction(e -> editor.recolour(l.id(), null));
            out.add(none);
            return out;
        }

        private MenuItem item(String text, String idPart, Runnable action) {
            MenuItem m = new MenuItem(text);
            m.setId("layer-" + idPart);
            m.setOnAction(e -> action.run());
            return m;
        }

        private void startRename() {
            if (getItem() == null) return;
            edit.setText(getItem().name());
            edit.setId("layer-rename-field");
            text.getChildren().set(0, edit);
            edit.requestFocus();
            edit.selectAll();
        }

        private void commitRename() {
            if (!text.getChildren().contains(edit)) return;
            String n = edit.getText();
            text.getChildren().set(0, name);
            if (getItem() != null && n != null && !n.isBlank() && !n.strip().equals(getItem().name())) editor.rename(getItem().id(), n);
        }

        private void cancelRename() {
            if (text.getChildren().contains(edit)) text.getChildren().set(0, name);
        }
    }

    private static final javafx.css.PseudoClass MISSING_STATE = javafx.css.PseudoClass.getPseudoClass("missing");
    private static final javafx.css.PseudoClass HIDDEN_STATE = javafx.css.PseudoClass.getPseudoClass("hidden-layer");
}
