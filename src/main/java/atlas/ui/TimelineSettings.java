package atlas.ui;

import atlas.model.TimeWindow;
import atlas.model.Category;
import atlas.model.TimeSpan;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;

/**
 * Remembers the timeline between runs in java.util.prefs: the date, the visible span, the time window, the category
 * filter, the playback speed and loop. The node is {@code atlas.prefs.node} (system property, default
 * "corridor-atlas") / {@code timeline}. Unreadable values are ignored (the defaults stay), never fatal.
 */
public final class TimelineSettings {
    private final Preferences node;
    private int saves;

    public TimelineSettings(Preferences node) {
        this.node = node;
    }

    /** Gets the settings of the application's preference node. */
    public static TimelineSettings forApp() {
        return new TimelineSettings(Preferences.userRoot().node(System.getProperty("atlas.prefs.node", "corridor-atlas")).node("timeline"));
    }

    /** Applies the remembered values to the bar (and so to everything bound to it). */
    public void restore(TimelineBar bar) {
        read(() -> bar.setWindow(TimeWindow.ofKey(node.get("window", bar.getWindow().key()))));
        read(() -> bar.setSpeed(PlaySpeed.valueOf(node.get("speed", bar.getSpeed().name()))));
        bar.setLoop(node.getBoolean("loop", bar.isLoop()));
        read(() -> {
            String from = node.get("visibleFrom", null), until = node.get("visibleUntil", null);
            if (from != null && until != null) bar.show(TimeSpan.of(LocalDate.parse(from), LocalDate.parse(until)));
        });
        read(() -> {
            String d = node.get("date", null);
            if (d != null) bar.setDate(LocalDate.parse(d));
        });
        read(() -> {
            // the hidden categories are stored, so that a category added by a later version is shown, not hidden
            String hidden = node.get("hiddenCategories", null), shown = node.get("categories", null);
            Set<Category> cats = EnumSet.allOf(Category.class);
            if (hidden != null) {
                for (String k : hidden.split(",")) if (!k.isBlank()) cats.remove(Category.ofKey(k));
            } else if (shown != null) {
                // saved by a version that stored the shown ones: "other" (imported files) came after it
                cats = EnumSet.of(Category.OTHER);
                for (String k : shown.split(",")) if (!k.isBlank()) cats.add(Category.ofKey(k));
            } else {
                return;
            }
            bar.categories().retainAll(cats);
            bar.categories().addAll(cats);
        });
    }

    /**
     * Saves the bar's values now and whenever they change; while the date is changing (a drag, playback) only once
     * it settles, not on every frame.
     */
    public void watch(TimelineBar bar) {
        InvalidationListener save = o -> { if (!bar.isValueChanging()) save(bar); };
        bar.valueChangingProperty().addListener(save);
        bar.dateProperty().addListener(save);
        bar.visibleSpanProperty().addListener(save);
        bar.windowProperty().addListener(save);
        bar.speedProperty().addListener(save);
        bar.loopProperty().addListener(save);
        bar.categories().addListener((SetChangeListener<Category>) c -> save(bar));
        save(bar);
    }

    /**
     * Writes the bar's values to the node (flushed by the JVM's preference syncing). A story's span is not the
     * user's window: the window last chosen stays stored.
     */
    public void save(TimelineBar bar) {
        saves++;
        node.put("date", bar.getDate().toString());
        node.put("visibleFrom", bar.getVisibleSpan().from().toString());
        node.put("visibleUntil", bar.getVisibleSpan().until().toString());
        if (bar.getWindow().kind() != TimeWindow.Kind.SPAN) node.put("window", bar.getWindow().key());
        node.put("speed", bar.getSpeed().name());
        node.putBoolean("loop", bar.isLoop());
        node.put("hiddenCategories", EnumSet.complementOf(EnumSet.copyOf(bar.categorySnapshot())).stream().sorted()
                .map(Category::key).collect(Collectors.joining(",")));
        node.remove("categories");
    }

    /** Gets how many times the values were written (to check that playback does not write on every frame). */
    int saveCount() { return saves; }

    private static void read(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // a value from an older version or edited by hand: keep the default
        }
    }
}
