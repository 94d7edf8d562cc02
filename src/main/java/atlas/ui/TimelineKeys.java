package atlas.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The timeline's window-wide keys: PageUp / PageDown step to the previous / next event wherever the focus is, and
 * Space plays or pauses unless the focused control uses Space itself (text fields, buttons, checkboxes, choosers).
 */
public final class TimelineKeys {
    private TimelineKeys() {}

    /** Installs the keys on a scene for a bar. */
    public static void install(Scene scene, TimelineBar bar) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() || e.isControlDown() || e.isMetaDown()) return;
            if (e.getCode() == KeyCode.PAGE_UP) { bar.stepBackward(); e.consume(); }
            else if (e.getCode() == KeyCode.PAGE_DOWN) { bar.stepForward(); e.consume(); }
        });
        // a filter, not a handler: lists and the map would otherwise consume Space before it bubbles up
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.SPACE || e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl || focus instanceof ButtonBase || focus instanceof ChoiceBox
                    || focus instanceof ComboBoxBase || focus instanceof Spinner) return;
            bar.togglePlaying();
            e.consume();
        });
    }
}
