package atlas.map;

import atlas.i18n.Language;
import atlas.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The interface's language as a JavaFX property, so that everything on screen relabels when it changes: texts bound
 * with {@link #text}/{@link #bind}, and views that compose their texts in code refresh through {@link #onChange}
 * (or their layer's {@code follow(languageProperty(), …)}). The strings themselves come from {@link Texts}.
 *
 * <p>Nothing here keeps a view alive: bindings and {@link #onChange} listeners are weak on the language's side; the
 * view holds them. FX thread only, except {@link #text}, which may be called anywhere a binding may be made.
 */
public final class Translations {
    private static final ReadOnlyObjectWrapper<Language> LANGUAGE =
            new ReadOnlyObjectWrapper<>(Translations.class, "language", Texts.language());
    private static final String LISTENERS = "atlas.translations.listeners";

    private Translations() {}

    /** The interface's language; change it with {@link #setLanguage}. */
    public static ReadOnlyObjectProperty<Language> languageProperty() { return LANGUAGE.getReadOnlyProperty(); }

    /** Gets the interface's language. */
    public static Language getLanguage() { return LANGUAGE.get(); }

    /** Switches the interface's language (and {@link Texts}'s): every bound text and {@link #onChange} view relabels. FX thread. */
    public static void setLanguage(Language l) {
        Fx.requireFxThread();
        Texts.setLanguage(l);
        if (LANGUAGE.get() == l) return;
        LANGUAGE.set(l);
    }

    /**
     * Gets the text of {@code key} as a binding that follows the language. An argument that is an
     * {@link ObservableValue} is read when the text is computed and the text follows it too.
     */
    public static StringBinding text(String key, Object... args) {
        List<Observable> deps = new ArrayList<>();
        deps.add(LANGUAGE);
        for (Object a : args) if (a instanceof ObservableValue<?> o) deps.add(o);
        return Bindings.createStringBinding(() -> Texts.format(key, values(args)), deps.toArray(Observable[]::new));
    }

    /** Binds a text property (a label's, a tooltip's, a prompt) to {@code key}, following the language. */
    public static void bind(javafx.beans.property.Property<String> target, String key, Object... args) { target.bind(text(key, args)); }

    /**
     * Runs {@code refresh} whenever the language changes, for as long as {@code owner} lives (the listener is held by
     * the node, weakly by the language).
     */
    public static void onChange(Node owner, Runnable refresh) {
        InvalidationListener l = o -> refresh.run();
        @SuppressWarnings("unchecked")
        List<InvalidationListener> held = (List<InvalidationListener>) owner.getProperties()
                .computeIfAbsent(LISTENERS, k -> new ArrayList<InvalidationListener>());
        held.add(l);
        LANGUAGE.addListener(new WeakInvalidationListener(l));
    }

    /**
     * Makes a combo box show its items in the new language when it changes: the converter (which reads the texts
     * when asked) is set again, which makes the box and its list relabel.
     */
    public static <T> void relabel(ComboBox<T> box) {
        box.setButtonCell(new ConverterCell<>(box));
        onChange(box, () -> {
            StringConverter<T> c = box.getConverter();
            box.setConverter(null);
            box.setConverter(c);
            // a new button cell makes the box show its value again, through the converter
            box.setButtonCell(new ConverterCell<>(box));
        });
    }

    /** A combo box's button cell that shows the value through the box's converter. */
    private static final class ConverterCell<T> extends javafx.scene.control.ListCell<T> {
        private final ComboBox<T> box;

        ConverterCell(ComboBox<T> box) { this.box = box; }

        @Override protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            StringConverter<T> c = box.getConverter();
            setText(empty || item == null ? null : c == null ? item.toString() : c.toString(item));
        }
    }

    /** Makes a choice box show its items in the new language when it changes (see {@link #relabel(ComboBox)}). */
    public static <T> void relabel(ChoiceBox<T> box) {
        onChange(box, () -> {
            StringConverter<T> c = box.getConverter();
            box.setConverter(null);
            box.setConverter(c);
        });
    }

    /** Gets a converter that shows each value as {@code label} gives it, for combo and choice boxes. */
    public static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override public String toString(T v) { return v == null ? "" : label.apply(v); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private static Object[] values(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) out[i] = args[i] instanceof ObservableValue<?> o ? o.getValue() : args[i];
        return out;
    }
}
