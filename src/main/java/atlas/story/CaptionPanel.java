package atlas.story;

import atlas.i18n.Texts;
import atlas.model.Dataset;
import atlas.model.Source;
import atlas.model.Stop;
import atlas.model.TimedEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The caption of a stop: counter ("3 / 7"), title, date (or window), the text with its emphasis as a
 * {@link TextFlow} (never HTML) and the sources (the stop's own, then those of its highlighted events).
 */
public final class CaptionPanel extends VBox {
    private final Label counter = new Label();
    private final Label title = new Label();
    private final Label date = new Label();
    private final TextFlow text = new TextFlow();
    private final Label sources = new Label();

    public CaptionPanel() {
        getStyleClass().add("caption-panel");
        counter.setId("caption-counter");
        counter.getStyleClass().add("caption-counter");
        title.setId("caption-title");
        title.getStyleClass().add("caption-title");
        title.setWrapText(true);
        title.setMinHeight(USE_PREF_SIZE);
        date.setId("caption-date");
        date.getStyleClass().add("caption-date");
        date.setMinHeight(USE_PREF_SIZE);
        text.setId("caption-text");
        text.getStyleClass().add("caption-text");
        sources.setId("caption-sources");
        sources.getStyleClass().add("caption-sources");
        sources.setWrapText(true);
        sources.setMinHeight(0);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(counter, title, date, text, spacer, sources);
    }

    /** Shows a stop ({@code index} 0-based of {@code total}); {@code events} finds highlighted events (by id) for their sources. */
    public void show(Stop stop, int index, int total, Function<String, Optional<TimedEvent>> events) {
        if (stop == null) {
            counter.setText("");
            title.setText("");
            date.setText("");
            text.getChildren().clear();
            sources.setText("");
            return;
        }
        counter.setText(Texts.format("caption.counter", index + 1, total));
        title.setText(stop.title());
        date.setText(dateLabel(stop));
        text.getChildren().setAll(runs(stop.text()));
        List<String> s = shortSources(stop, events);
        sources.setText(s.isEmpty() ? "" : Texts.format("caption.sources", String.join("; ", s)));
    }

    /** Gets the caption's plain text (title, date and text without markup), as a screen reader would read it. */
    public String captionText() {
        StringBuilder b = new StringBuilder();
        for (var n : text.getChildren()) if (n instanceof Text t) b.append(t.getText());
        return title.getText() + "\n" + date.getText() + "\n" + b;
    }

    /** Gets "3 August 2022" or "1 – 3 August 2022" style text for a stop's date or window, in the interface's language. */
    public static String dateLabel(Stop stop) {
        // a comparison: the left date, then the right one, as the map shows them
        if (stop.isComparison()) return Texts.dateLong(stop.compareDate()) + " ↔ " + dateLabel(stop.withCompareDate(null));
        if (stop.window() == null || stop.window().until().minusDays(1).equals(stop.window().from()))
            return Texts.dateLong(stop.date());
        var a = stop.window().from();
        var b = stop.window().until().minusDays(1);
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth())
            return Texts.format("format.range", Integer.toString(a.getDayOfMonth()), Texts.dateLong(b));
        return Texts.format("format.range", Texts.dateLong(a), Texts.dateLong(b));
    }

    /** Computes the source lines of a stop: its own sources then its highlighted events' sources, without repeats. */
    public static List<String> sourceLines(Stop stop, Dataset dataset) { return sourceLines(stop, dataset::event); }

    /** Same as {@link #sourceLines(Stop, Dataset)}, the events found by id with {@code events}. */
    public static List<String> sourceLines(Stop stop, Function<String, Optional<TimedEvent>> events) {
        Set<String> out = new LinkedHashSet<>();
        for (Source s : stop.sources()) out.add(format(s));
        for (String id : stop.highlights()) events.apply(id).ifPresent(ev -> ev.sources().forEach(s -> out.add(format(s))));
        return List.copyOf(out);
    }

    /** Computes the short source names of a stop for the screen: publisher (or title), without repeats, no URLs. */
    public static List<String> shortSources(Stop stop, Dataset dataset) { return shortSources(stop, dataset::event); }

    /** Same as {@link #shortSources(Stop, Dataset)}, the events found by id with {@code events}. */
    public static List<String> shortSources(Stop stop, Function<String, Optional<TimedEvent>> events) {
        Set<String> out = new LinkedHashSet<>();
        Consumer<Source> add = s -> out.add(s.publisher() == null || s.publisher().isBlank() ? s.title() : s.publisher());
        stop.sources().forEach(add);
        for (String id : stop.highlights()) events.apply(id).ifPresent(ev -> ev.sources().forEach(add));
        return List.copyOf(out);
    }

    /** Gets "Publisher, 'Title' (url)" with the parts a source has. */
    public static String format(Source s) {
        boolean named = s.publisher() == null || s.publisher().isBlank()
                || s.title().toLowerCase(Locale.ROOT).contains(s.publisher().toLowerCase(Locale.ROOT));
        String t = (named ? "" : s.publisher() + ", ") + s.title();
        return s.url() == null || s.url().isBlank() ? t : t + " (" + s.url() + ")";
    }

    private static List<Text> runs(String markup) {
        return Emphasis.parse(markup).stream().map(r -> {
            Text t = new Text(r.text());
            t.getStyleClass().add("caption-run");
            if (r.bold()) t.getStyleClass().add("bold");
            if (r.italic()) t.getStyleClass().add("italic");
            return t;
        }).toList();
    }
}
