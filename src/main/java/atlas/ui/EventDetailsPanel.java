package atlas.ui;

import atlas.i18n.Texts;
import atlas.map.Translations;
import atlas.model.Account;
import atlas.model.DatePrecision;
import atlas.model.NameStyle;
import atlas.model.Place;
import atlas.model.PlaceNames;
import atlas.model.Source;
import atlas.model.TimedEvent;
import java.util.List;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The selected event in full: date with its precision, title, category, summary, the place with the names both
 * sides use (following the name style), each party's account as a separate labelled block where they differ (never
 * merged), and the sources as links that open in the system browser.
 */
public final class EventDetailsPanel extends ScrollPane {
    private static final int MAX_ATTRIBUTES = 40;
    private final ObjectProperty<TimedEvent> event = new SimpleObjectProperty<>(this, "event");
    private final ObjectProperty<LoadedData> data = new SimpleObjectProperty<>(this, "data", LoadedData.EMPTY);
    private final ObjectProperty<NameStyle> nameStyle = new SimpleObjectProperty<>(this, "nameStyle", NameStyle.BOTH);
    private final Consumer<String> openLink;
    private final VBox box = new VBox();

    /** Creates the panel; {@code openLink} opens a URL in the system browser (e.g. HostServices::showDocument). */
    public EventDetailsPanel(Consumer<String> openLink) {
        this.openLink = openLink;
        getStyleClass().add("event-details");
        getStylesheets().add(EventDetailsPanel.class.getResource("timeline.css").toExternalForm());
        setId("event-details");
        Translations.bind(accessibleTextProperty(), "details.spoken");
        // reachable from the keyboard: the arrow keys scroll a long account, Tab goes on to its links
        setFocusTraversable(true);
        box.getStyleClass().add("details-box");
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Translations.onChange(this, this::rebuild);
        event.addListener(o -> rebuild());
        data.addListener(o -> rebuild());
        nameStyle.addListener(o -> rebuild());
        rebuild();
    }

    /** The event shown; null shows a hint. */
    public ObjectProperty<TimedEvent> eventProperty() { return event; }

    /** The data the event's place is looked up in (in the event's own layer). */
    public ObjectProperty<LoadedData> dataProperty() { return data; }

    /** Which names contested places are shown with. */
    public ObjectProperty<NameStyle> nameStyleProperty() { return nameStyle; }

    private void rebuild() {
        box.getChildren().clear();
        TimedEvent e = event.get();
        if (e == null) {
            Label hint = label(Texts.get("details.placeholder"), "placeholder");
            hint.setId("details-placeholder");
            box.getChildren().add(hint);
            return;
        }
        Label date = label(e.dateLabel() + precisionNote(e), "event-date");
        date.setId("details-date");
        Label title = label(e.title(), "event-title");
        title.setId("details-title");
        Label category = label(e.category().label(), "field-label");
        Label summary = label(e.summary(), "summary");
        summary.setId("details-summary");
        box.getChildren().addAll(date, title, category, summary);

        Label place = label(placeText(e), "place");
        place.setId("details-place");
        box.getChildren().addAll(label(Texts.get("details.place"), "field-label"), place);

        Optional<atlas.model.Workspace.Layer> layer = data.get() == null ? Optional.empty() : data.get().layerOf(e);
        if (layer.isPresent()) {
            Label l = label(layer.get().name() + "  —  " + (layer.get().source() == null ? Texts.get("details.layer.shipped") : layer.get().source()), "layer");
            l.setId("details-layer");
            box.getChildren().addAll(label(Texts.get("details.layer"), "field-label"), l);
        }
        if (!e.attributes().isEmpty()) {
            box.getChildren().add(label(Texts.get("details.more"), "field-label"));
            e.attributes().asMap().entrySet().stream().limit(MAX_ATTRIBUTES)
                    .forEach(a -> box.getChildren().add(label(a.getKey() + ": " + a.getValue(), "attribute")));
        }

        if (e.isDisputed()) {
            box.getChildren().add(label(Texts.get("details.accounts-differ"), "field-label"));
            for (Account a : e.accounts()) box.getChildren().add(account(a));
        }
        if (!e.sources().isEmpty()) {
            box.getChildren().add(label(Texts.get("details.sources"), "field-label"));
            for (Source s : e.sources()) box.getChildren().add(link(s));
        }
    }

    private static String precisionNote(TimedEvent e) {
        DatePrecision p = e.start().precision();
        return p == DatePrecision.DAY ? "" : Texts.format("details.precision", p.note());
    }

    private String placeText(TimedEvent e) {
        Optional<Place> p = data.get() == null ? Optional.empty() : data.get().place(e);
        if (p.isEmpty()) return e.point() == null ? Texts.get("details.no-location")
                : Texts.format("details.point", Texts.decimal(e.point().lat(), 4), Texts.decimal(e.point().lon(), 4))
                + (e.isApproximate() ? "  ·  " + Texts.get("details.approximate") : "");
        PlaceNames n = p.get().names();
        String text = n.label(nameStyle.get());
        if (n.isContested() && nameStyle.get() != NameStyle.BOTH) {
            text = Texts.format("details.place.usages", text, n.armenian(), n.azerbaijani());
        }
        if (p.get().isApproximate()) text = Texts.format("details.place.approximate", text, Texts.number(Math.round(p.get().errorKm())));
        return text;
    }

    private Node account(Account a) {
        VBox block = new VBox();
        block.getStyleClass().add("account");
        block.setId("account-" + a.party().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        block.getChildren().add(label(a.heading(), "party"));
        block.getChildren().add(label(a.statement(), "summary"));
        for (Source s : a.sources()) block.getChildren().add(link(s));
        return block;
    }

    private Node link(Source s) {
        boolean plain = s.publisher() == null || s.publisher().isBlank() || s.title().contains(s.publisher());
        String text = plain ? s.title() : s.publisher() + ": " + s.title();
        if (s.url() == null || s.url().isBlank()) return label(text, "source");
        Hyperlink h = new Hyperlink(text);
        h.getStyleClass().add("source-link");
        h.setWrapText(true);
        h.setTooltip(new Tooltip(s.url()));
        h.setOnAction(ev -> openLink.accept(s.url()));
        return h;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** Gets the texts shown, top to bottom (for tests and accessibility checks). */
    public List<String> texts() {
        return box.getChildren().stream().flatMap(EventDetailsPanel::textsOf).toList();
    }

    private static java.util.stream.Stream<String> textsOf(Node n) {
        if (n instanceof Label l) return java.util.stream.Stream.of(l.getText());
        if (n instanceof Hyperlink h) return java.util.stream.Stream.of(h.getText());
        if (n instanceof VBox v) return v.getChildren().stream().flatMap(EventDetailsPanel::textsOf);
        return java.util.stream.Stream.empty();
    }

}
