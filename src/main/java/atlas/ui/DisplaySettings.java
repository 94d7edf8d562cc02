package atlas.ui;

import atlas.map.Translations;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's accessibility settings: a high-contrast theme, the text size (steps of the whole window's font size,
 * as the presentation mode has them) and reduced motion (the map jumps instead of flying, panels open without
 * animation). The theme and size are style classes on the window's root ({@code high-contrast},
 * {@code text-scale-0..6}, from {@code atlas/ui/atlas.css}); reduced motion is the state's, so every map built for
 * it (the presentation's too) follows. The Accessibility menu ({@link #menu()}) switches them; the app remembers them.
 */
public final class DisplaySettings {
    /** Text size steps; {@link #DEFAULT_SCALE} is the window's usual 12 px. */
    public static final int MAX_SCALE = 6, DEFAULT_SCALE = 2;

    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final IntegerProperty textScale = new SimpleIntegerProperty(this, "textScale", DEFAULT_SCALE);
    private final AtlasState state;

    /** Creates the settings of a window whose root is {@code root}, over its state (reduced motion lives there). */
    public DisplaySettings(Parent root, AtlasState state) {
        this.state = state;
        highContrast.addListener((o, was, on) -> {
            if (on) root.getStyleClass().add("high-contrast"); else root.getStyleClass().remove("high-contrast");
        });
        textScale.addListener(o -> apply(root));
        apply(root);
    }

    private void apply(Parent root) {
        root.getStyleClass().removeAll(scaleClasses());
        root.getStyleClass().add("text-scale-" + textScale.get());
    }

    /** Gets the style classes of every text size step. */
    public static List<String> scaleClasses() {
        return IntStream.rangeClosed(0, MAX_SCALE).mapToObj(i -> "text-scale-" + i).toList();
    }

    /** Whether the high-contrast theme is on (light text on black, yellow focus and links). */
    public BooleanProperty highContrastProperty() { return highContrast; }

    /** The text size step, 0..{@link #MAX_SCALE}. */
    public IntegerProperty textScaleProperty() { return textScale; }

    /** Changes the text size by {@code steps}, kept within 0..{@link #MAX_SCALE}. */
    public void scaleText(int steps) { textScale.set(Math.max(0, Math.min(MAX_SCALE, textScale.get() + steps))); }

    /** Whether maps jump instead of flying and panels open without animation (the state's setting). */
    public void setReducedMotion(boolean on) { state.setReducedMotion(on); }

    /**
     * Gets the Accessibility menu: High contrast (Ctrl+Shift+C), Larger text (Ctrl++), Smaller text (Ctrl+−),
     * Default text size (Ctrl+0), Reduce motion.
     */
    public Menu menu() {
        Menu m = new Menu();
        m.setId("accessibility-menu");
        Translations.bind(m.textProperty(), "menu.accessibility");
        CheckMenuItem contrast = new CheckMenuItem();
        contrast.setId("high-contrast");
        Translations.bind(contrast.textProperty(), "menu.high-contrast");
        contrast.selectedProperty().bindBidirectional(highContrast);
        contrast.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        MenuItem larger = MainWindow.item("menu.larger-text");
        larger.setId("larger-text");
        larger.setAccelerator(new KeyCharacterCombination("+", KeyCombination.SHORTCUT_DOWN));
        larger.setOnAction(e -> scaleText(1));
        MenuItem smaller = MainWindow.item("menu.smaller-text");
        smaller.setId("smaller-text");
        smaller.setAccelerator(new KeyCharacterCombination("-", KeyCombination.SHORTCUT_DOWN));
        smaller.setOnAction(e -> scaleText(-1));
        MenuItem normal = MainWindow.item("menu.default-text");
        normal.setId("default-text");
        normal.setAccelerator(new KeyCharacterCombination("0", KeyCombination.SHORTCUT_DOWN));
        normal.setOnAction(e -> textScale.set(DEFAULT_SCALE));
        CheckMenuItem motion = new CheckMenuItem();
        motion.setId("reduced-motion");
        Translations.bind(motion.textProperty(), "menu.reduced-motion");
        motion.setSelected(state.isReducedMotion());
        motion.selectedProperty().addListener((o, was, on) -> state.setReducedMotion(on));
        state.reducedMotionProperty().addListener((o, was, on) -> motion.setSelected(Boolean.TRUE.equals(on)));
        m.getItems().addAll(contrast, larger, smaller, normal, motion);
        return m;
    }
}
