package atlas.ui;

import atlas.i18n.Texts;
import java.util.Objects;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/**
 * Dialogs in the interface's language and typeface: JavaFX names its stock buttons (OK, Cancel) in the system's
 * language, from its own translations, which have no Armenian or Azerbaijani; these buttons take their names from the
 * bundles instead, and the dialog uses the window's font (it is a window of its own, outside the main window's CSS).
 */
public final class Dialogs {
    private Dialogs() {}

    /** Gets an OK button named in the interface's language (its data is {@link ButtonBar.ButtonData#OK_DONE}). */
    public static ButtonType ok() { return new ButtonType(Texts.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE); }

    /** Gets a Cancel button named in the interface's language ({@link ButtonBar.ButtonData#CANCEL_CLOSE}). */
    public static ButtonType cancel() { return new ButtonType(Texts.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE); }

    /** Gives a dialog the window's stylesheet (font, sizes) and, when it has JavaFX's stock OK button, ours instead. */
    public static <D extends Dialog<?>> D localize(D d) {
        d.getDialogPane().getStylesheets().add(Objects.requireNonNull(Dialogs.class.getResource("atlas.css")).toExternalForm());
        var types = d.getDialogPane().getButtonTypes();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == ButtonType.OK) types.set(i, ok());
            else if (types.get(i) == ButtonType.CANCEL) types.set(i, cancel());
        }
        return d;
    }

    /** Gets an alert of a type with the given text, localized (see {@link #localize}). */
    public static Alert alert(Alert.AlertType type, String text) {
        return localize(new Alert(type, text));
    }
}
