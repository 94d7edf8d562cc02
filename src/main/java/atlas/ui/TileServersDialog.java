package atlas.ui;

import atlas.i18n.Texts;
import atlas.tiles.TileCache;
import atlas.tiles.TileServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Menu ▸ Tile servers…: the online tile servers (name, URL template with {z}/{x}/{y}, attribution) and the size of
 * the tile cache. A server is checked before it is added (an http(s) URL with the three placeholders, an
 * attribution); the attribution is what the map shows while that server's tiles are on screen. Ids:
 * {@code #tile-servers-list}, {@code #tile-server-name}, {@code #tile-server-url}, {@code #tile-server-attribution},
 * {@code #tile-server-add}, {@code #tile-server-update}, {@code #tile-server-remove}, {@code #tile-cache-mb},
 * {@code #tile-server-error}.
 */
public final class TileServersDialog extends Dialog<ButtonType> {
    private final ListView<TileServer> list = new ListView<>();
    private final TextField name = new TextField(), url = new TextField(), attribution = new TextField();
    private final Label error = new Label();
    private final Spinner<Integer> cacheMb;

    /** Creates the dialog showing {@code servers} and a cache limit of {@code cacheBytes} of which {@code usedBytes} are used. */
    public TileServersDialog(Window owner, List<TileServer> servers, long cacheBytes, long usedBytes) {
        setTitle(Texts.get("tile-servers.title"));
        setHeaderText(Texts.get("tile-servers.header"));
        if (owner != null) initOwner(owner);
        list.setId("tile-servers-list");
        list.getItems().setAll(servers);
        list.setPrefHeight(110);
        list.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(TileServer s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? "" : s.name() + "  —  " + s.urlTemplate());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> {
            if (s == null) return;
            name.setText(s.name());
            url.setText(s.urlTemplate());
            attribution.setText(s.attribution());
        });
        name.setId("tile-server-name");
        url.setId("tile-server-url");
        attribution.setId("tile-server-attribution");
        url.setPromptText("https://tiles.example.org/{z}/{x}/{y}.png");
        attribution.setPromptText(Texts.get("tile-servers.attribution.prompt"));
        error.setId("tile-server-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);

        Button add = button(Texts.get("tile-servers.add"), "tile-server-add", () -> read().ifPresent(s -> {
            list.getItems().add(s);
            list.getSelectionModel().select(s);
        }));
        Button update = button(Texts.get("tile-servers.update"), "tile-server-update", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i < 0) {
                error.setText(Texts.get("tile-servers.select-to-update"));
                return;
            }
            read().ifPresent(s -> list.getItems().set(i, s));
        });
        Button remove = button(Texts.get("tile-servers.remove"), "tile-server-remove", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) list.getItems().remove(i);
        });
        Button reset = button(Texts.get("tile-servers.reset"), "tile-server-reset", () -> list.getItems().setAll(TileServer.OPENSTREETMAP));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, labelFor("tile-servers.name", name), name);
        form.addRow(1, labelFor("tile-servers.url", url), url);
        form.addRow(2, labelFor("tile-servers.attribution", attribution), attribution);
        GridPane.setHgrow(url, Priority.ALWAYS);

        int mb = (int) Math.max(TileCache.MIN_MAX_BYTES / 1_000_000, Math.min(100_000, cacheBytes / 1_000_000));
        cacheMb = new Spinner<>((int) (TileCache.MIN_MAX_BYTES / 1_000_000), 100_000, mb, 50);
        cacheMb.setId("tile-cache-mb");
        cacheMb.setEditable(true);
        HBox cache = new HBox(8, labelFor("tile-servers.cache", cacheMb), cacheMb,
                new Label(Texts.format("tile-servers.cache-used", Texts.decimal(usedBytes / 1e6, 1))));
        cache.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label intro = new Label(Texts.get("tile-servers.intro"));
        intro.setWrapText(true);
        VBox content = new VBox(10, intro, list, new HBox(6, add, update, remove, reset), form, error, cache);
        content.setPadding(new Insets(4));
        content.setPrefWidth(640);
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(java.util.Objects.requireNonNull(TileServersDialog.class.getResource("atlas.css")).toExternalForm());
        getDialogPane().getButtonTypes().setAll(Dialogs.ok(), Dialogs.cancel());
    }

    /** Gets the servers as edited, in order. */
    public List<TileServer> servers() { return new ArrayList<>(list.getItems()); }

    /** Gets the cache limit as edited, in bytes. */
    public long cacheBytes() {
        try { // a value typed into the field counts even before Enter
            Integer typed = cacheMb.getValueFactory().getConverter().fromString(cacheMb.getEditor().getText().strip());
            if (typed != null) cacheMb.getValueFactory().setValue(typed);
        } catch (RuntimeException notANumber) {
            cacheMb.getEditor().setText(String.valueOf(cacheMb.getValue()));
        }
        return cacheMb.getValue() * 1_000_000L;
    }

    private Optional<TileServer> read() {
        try {
            TileServer s = new TileServer(name.getText(), url.getText(), attribution.getText());
            error.setText("");
            return Optional.of(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            String m = String.valueOf(e.getMessage());
            error.setText(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
            return Optional.empty();
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label labelFor(String key, javafx.scene.control.Control control) {
        Label l = new Label(Texts.get(key));
        l.setLabelFor(control);
        control.setAccessibleText(l.getText());
        return l;
    }
}
