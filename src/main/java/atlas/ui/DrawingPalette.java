package atlas.ui;

import atlas.map.Translations;
import atlas.map.Subscriptions;
import atlas.model.Drawing;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * The drawing tools over the map: pen, highlighter, arrow and text label, the colours, undo, redo, erase all and
 * (in a story) keep with the stop. Ids: {@code #draw-pen}, {@code #draw-highlighter}, {@code #draw-arrow},
 * {@code #draw-text}, {@code #draw-color-N}, {@code #draw-undo}, {@code #draw-redo}, {@code #draw-clear},
 * {@code #draw-keep}. Its subscriptions to the {@link DrawingTools} end with {@code subs} (the map's drawing layer's).
 */
final class DrawingPalette extends VBox {
    private final Map<Drawing.Tool, ToggleButton> buttons = new EnumMap<>(Drawing.Tool.class);

    DrawingPalette(DrawingTools tools, Subscriptions subs) {
        getStyleClass().add("drawing-palette");
        setId("drawing-palette");
        getStylesheets().add(Objects.requireNonNull(DrawingPalette.class.getResource("drawing.css")).toExternalForm());
        setFillWidth(false);
        setAlignment(Pos.TOP_RIGHT);
        ToggleGroup group = new ToggleGroup();
        HBox toolRow = new HBox(2);
        toolRow.getStyleClass().add("drawing-tools");
        for (Drawing.Tool t : Drawing.Tool.values()) {
            ToggleButton b = new ToggleButton(null, icon(t));
            b.setId("draw-" + t.key());
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setTooltip(tooltip(tip(t)));
            Translations.bind(b.accessibleTextProperty(), tip(t));
            b.setUserData(t);
            buttons.put(t, b);
            toolRow.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            Drawing.Tool t = now == null ? null : (Drawing.Tool) now.getUserData();
            if (tools.getTool() != t) tools.setTool(t);
        });
        subs.follow(tools.toolProperty(), () -> {
            Drawing.Tool t = tools.getTool();
            Toggle want = t == null ? null : buttons.get(t);
            if (group.getSelectedToggle() != want) group.selectToggle(want);
        });

        HBox colors = new HBox(3);
        colors.getStyleClass().add("drawing-colors");
        colors.setAlignment(Pos.CENTER_RIGHT);
        for (int i = 0; i < DrawingTools.COLORS.size(); i++) {
            String c = DrawingTools.COLORS.get(i);
            Button b = new Button();
            b.setId("draw-color-" + i);
            b.getStyleClass().add("drawing-color");
            b.setFocusTraversable(false);
            b.setTooltip(tooltip(DrawingTools.Text.COLOR));
            Translations.bind(b.accessibleTextProperty(), DrawingTools.Text.COLOR);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "swatch-" + i);
            b.setGraphic(swatch);
            b.setOnAction(e -> tools.colorProperty().set(c));
            colors.getChildren().add(b);
        }
        subs.follow(tools.colorProperty(), () -> {
            for (int i = 0; i < colors.getChildren().size(); i++) {
                colors.getChildren().get(i).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"),
                        DrawingTools.COLORS.get(i).equals(tools.colorProperty().get()));
            }
        });

        Button undo = action("↶", "draw-undo", DrawingTools.Text.UNDO, tools::undo);
        Button redo = action("↷", "draw-redo", DrawingTools.Text.REDO, tools::redo);
        Button clear = action("✕", "draw-clear", DrawingTools.Text.CLEAR, tools::clear);
        Button keep = action("", "draw-keep", DrawingTools.Text.KEEP, tools::keep);
        Translations.bind(keep.textProperty(), DrawingTools.Text.KEEP_BUTTON);
        keep.getStyleClass().add("drawing-keep");
        subs.follow(tools.canUndoProperty(), () -> undo.setDisable(!tools.canUndoProperty().get()));
        subs.follow(tools.canRedoProperty(), () -> redo.setDisable(!tools.canRedoProperty().get()));
        subs.follow(tools.canKeepProperty(), () -> {
            keep.setVisible(tools.canKeepProperty().get());
            keep.setManaged(keep.isVisible());
        });
        HBox actions = new HBox(2, keep, undo, redo, clear);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getStyleClass().add("drawing-actions");

        Label help = new Label("?");
        help.getStyleClass().add("drawing-help");
        help.setTooltip(tooltip(DrawingTools.Text.HELP));
        Translations.bind(help.accessibleTextProperty(), DrawingTools.Text.HELP);
        help.getTooltip().setWrapText(true);
        help.getTooltip().setMaxWidth(360);
        HBox top = new HBox(4, help, toolRow);
        top.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(top, colors, actions);
    }

    /** Gets the button of a tool (tests). */
    ToggleButton button(Drawing.Tool t) { return buttons.get(t); }

    private static Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        Translations.bind(t.textProperty(), key);
        return t;
    }

    private static Button action(String text, String id, String tip, Runnable run) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("drawing-action");
        b.setFocusTraversable(false);
        b.setTooltip(tooltip(tip));
        Translations.bind(b.accessibleTextProperty(), tip);
        b.setOnAction(e -> run.run());
        return b;
    }

    private static String tip(Drawing.Tool t) {
        return switch (t) {
            case PEN -> DrawingTools.Text.PEN;
            case HIGHLIGHTER -> DrawingTools.Text.HIGHLIGHTER;
            case ARROW -> DrawingTools.Text.ARROW;
            case TEXT -> DrawingTools.Text.LABEL;
        };
    }

    /** Draws a tool's icon (16 px): the glyphs of fonts vary too much between systems. */
    private static Canvas icon(Drawing.Tool t) {
        Canvas c = new Canvas(18, 18);
        GraphicsContext g = c.getGraphicsContext2D();
        Color ink = Color.web("#2d2730");
        g.setLineCap(StrokeLineCap.ROUND);
        switch (t) {
            case PEN -> {
                g.setStroke(Color.web("#d62d20"));
                g.setLineWidth(2.2);
                g.strokePolyline(new double[]{2, 6, 10, 14, 16}, new double[]{13, 7, 12, 5, 9}, 5);
            }
            case HIGHLIGHTER -> {
                g.setStroke(Color.web("#ffc400", 0.7));
                g.setLineWidth(7);
                g.strokeLine(3, 12, 15, 6);
            }
            case ARROW -> {
                g.setStroke(ink);
                g.setFill(ink);
                g.setLineWidth(2.2);
                g.strokeLine(3, 15, 11, 7);
                g.fillPolygon(new double[]{16, 8, 14}, new double[]{2, 5, 10}, 3);
            }
            case TEXT -> {
                g.setFill(ink);
                g.setFont(atlas.map.AtlasFonts.font(true, 15));
                g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
                g.setTextBaseline(javafx.geometry.VPos.CENTER);
                g.fillText("T", 9, 9.5);
            }
        }
        return c;
    }
}
