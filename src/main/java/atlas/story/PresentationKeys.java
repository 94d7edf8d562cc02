package atlas.story;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The presentation's keyboard (and clicker) controls. Right/Down/PageDown/Space/Enter: next stop;
 * Left/Up/PageUp/Backspace: previous; Home/End: first/last; digits then Enter: go to that stop; B or '.': blank
 * the screen; Ctrl + / Ctrl - / Ctrl 0: larger, smaller, default text; C: high contrast; Esc: clear typed digits,
 * else leave. Presentation clickers send PageUp/PageDown (some send B or '.' for blank).
 */
public final class PresentationKeys {
    /** What the keys act on besides the player. */
    public interface Actions {
        void exit();
        void scaleText(int steps);
        void resetTextScale();
        void toggleContrast();
    }

    private final StoryPlayer player;
    private final Actions actions;
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");

    public PresentationKeys(StoryPlayer player, Actions actions) {
        this.player = player;
        this.actions = actions;
    }

    /** The stop number typed so far (digits before Enter), empty when none. */
    public ReadOnlyStringProperty typedProperty() { return typed.getReadOnlyProperty(); }

    /** Handles a key press; consumes it when it is one of the presentation's keys. */
    public void handle(KeyEvent e) {
        if (e.getEventType() != KeyEvent.KEY_PRESSED) return;
        if (act(e.getCode(), e.isShortcutDown() || e.isControlDown(), e.getText())) e.consume();
    }

    /** Acts on a key; returns whether it was a presentation key. */
    public boolean act(KeyCode code, boolean ctrl, String text) {
        if (ctrl) {
            switch (code) {
                case PLUS, ADD, EQUALS -> actions.scaleText(1);
                case MINUS, SUBTRACT -> actions.scaleText(-1);
                case DIGIT0, NUMPAD0 -> actions.resetTextScale();
                default -> { return false; }
            }
            return true;
        }
        if (code.isDigitKey()) {
            String d = code.getName().replaceAll("\\D", "");
            if (d.isEmpty() && text != null) d = text.replaceAll("\\D", "");
            if (typed.get().length() < 4) typed.set(typed.get() + d);
            return true;
        }
        switch (code) {
            case ENTER -> {
                if (typed.get().isEmpty()) player.next();
                else {
                    int n = Integer.parseInt(typed.get());
                    typed.set("");
                    if (n >= 1) player.go(n - 1);
                }
            }
            case RIGHT, DOWN, PAGE_DOWN, SPACE, KP_RIGHT, KP_DOWN -> { typed.set(""); player.next(); }
            case LEFT, UP, PAGE_UP, BACK_SPACE, KP_LEFT, KP_UP -> { typed.set(""); player.previous(); }
            case HOME -> { typed.set(""); player.first(); }
            case END -> { typed.set(""); player.last(); }
            case B, PERIOD -> player.blankProperty().set(!player.blankProperty().get());
            case C -> actions.toggleContrast();
            case ESCAPE -> {
                if (!typed.get().isEmpty()) typed.set("");
                else actions.exit();
            }
            default -> { return false; }
        }
        return true;
    }
}
