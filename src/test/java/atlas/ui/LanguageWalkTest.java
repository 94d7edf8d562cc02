package atlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlas.i18n.Language;
import atlas.i18n.Texts;
import atlas.map.Translations;
import atlas.model.Account;
import atlas.model.Place;
import atlas.model.PlaceNames;
import atlas.model.Source;
import atlas.model.TimedEvent;
import atlas.model.Workspace;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks the window's controls in each language, chosen in the Language menu, and fails when one shows a text that does
 * not come from that language's bundle: every label, button, check box, tooltip, menu item, prompt, choice and
 * spoken (accessible) text, with the story panel closed and open. Data is allowed as it is (event titles and
 * summaries, place names, sources, accounts, story titles), and so are numbers, dates in the language's month names
 * and symbols; any other letters left over are a string that was not translated.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LanguageWalkTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,number)?}");
    private AtlasState state;

    @Start
    void start(Stage stage) {
        WindowPrefs.standard().clear();
        new AtlasApp().start(stage);
        state = ((MainWindow) stage.getScene().getRoot()).state();
    }

    @AfterEach
    void english_again(FxRobot robot) { robot.interact(() -> Translations.setLanguage(Language.EN)); }

    @Test
    void every_control_shows_the_chosen_language(FxRobot robot) {
        // given: the window with its panels
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(waitFor(robot, "#event-list-panel") && waitFor(robot, ".timeline-bar"), "panels built");
        MainWindow window = robot.lookup(".main-window").queryAs(MainWindow.class);
        robot.interact(() -> state.setSelectedEvent(state.getData().index().events().stream()
                .filter(TimedEvent::isDisputed).findFirst().orElseThrow()));
        List<String> offenders = new ArrayList<>();
        for (Language l : List.of(Language.HY, Language.AZ, Language.RU, Language.EN)) {
            // when: the language is chosen in the menu
            robot.interact(() -> languageItem(window, l).fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(l, Texts.language());
            assertEquals(l, WindowPrefs.standard().language().orElseThrow(), "the choice is remembered");
            // then: every text of the window is of that language, with the story panel closed and open
            for (boolean story : new boolean[] {false, true}) {
                robot.interact(() -> robot.lookup("#story-toggle").queryAs(ToggleButton.class).setSelected(story));
                WaitForAsyncUtils.waitForFxEvents();
                Checker c = new Checker(l, dataStrings());
                robot.interact(() -> texts(window, t -> { String bad = c.leftOver(t); if (bad != null) offenders.add(l.tag() + ": \"" + t + "\" (" + bad + ")"); }));
            }
        }
        assertEquals(List.of(), offenders.stream().distinct().toList(), "texts not from the language's bundle");
    }

    private static RadioMenuItem languageItem(MainWindow w, Language l) {
        for (MenuItem m : w.menu().getItems())
            if (m instanceof Menu sub) for (MenuItem i : sub.getItems())
                if (("language-" + l.tag()).equals(i.getId())) return (RadioMenuItem) i;
        throw new AssertionError("no Language menu item for " + l);
    }

    private static boolean waitFor(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Gets the strings of the data shown: titles, summaries, names in every usage and script, sources, accounts. */
    private Set<String> dataStrings() {
        Set<String> out = new LinkedHashSet<>();
        for (Workspace.Layer layer : state.getData().workspace().visibleLayers()) {
            out.add(layer.name());
            for (Place p : layer.dataset().places()) {
                PlaceNames n = p.names();
                for (atlas.model.NameStyle s : atlas.model.NameStyle.values()) out.add(n.label(s));
                out.add(n.armenian());
                out.add(n.azerbaijani());
            }
            for (TimedEvent e : layer.dataset().events()) {
                out.add(e.title());
                out.add(e.summary());
                e.sources().forEach(s -> addSource(out, s));
                for (Account a : e.accounts()) {
                    out.add(a.party());
                    out.add(a.statement());
                    a.sources().forEach(s -> addSource(out, s));
                }
            }
        }
        atlas.story.ShippedStories.FILES.forEach(f -> {
            try {
                out.add(atlas.story.ShippedStories.load(f).title());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.removeIf(s -> s == null || s.isBlank());
        return out;
    }

    private static void addSource(Set<String> out, Source s) {
        out.add(s.title());
        if (s.publisher() != null) out.add(s.publisher());
        if (s.url() != null) out.add(s.url());
    }

    /** Calls {@code sink} with every text the window shows or speaks. */
    private static void texts(Node root, Consumer<String> sink) {
        if (!root.isVisible()) return;
        if (root.getAccessibleText() != null) sink.accept(root.getAccessibleText());
        if (root instanceof Labeled l && l.getText() != null) sink.accept(l.getText());
        if (root instanceof TextInputControl t && t.getPromptText() != null) sink.accept(t.getPromptText());
        if (root instanceof Control c && c.getTooltip() != null) sink.accept(c.getTooltip().getText());
        if (root instanceof MenuButton m) menuTexts(m.getItems(), sink);
        if (root instanceof ChoiceBox<?> cb) choiceTexts(cb, sink);
        if (root instanceof ComboBox<?> cb) comboTexts(cb, sink);
        if (root instanceof Parent p) for (Node n : p.getChildrenUnmodifiable()) texts(n, sink);
    }

    private static void menuTexts(List<MenuItem> items, Consumer<String> sink) {
        for (MenuItem i : items) {
            if (i.getText() != null) sink.accept(i.getText());
            if (i instanceof Menu m) menuTexts(m.getItems(), sink);
            if (i instanceof CustomMenuItem c && c.getContent() != null) texts(c.getContent(), sink);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choiceTexts(ChoiceBox cb, Consumer<String> sink) {
        for (Object o : cb.getItems()) sink.accept(cb.getConverter() == null ? String.valueOf(o) : cb.getConverter().toString(o));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void comboTexts(ComboBox cb, Consumer<String> sink) {
        for (Object o : cb.getItems()) sink.accept(cb.getConverter() == null ? String.valueOf(o) : cb.getConverter().toString(o));
    }

    /**
     * Tells what of a text is not the language's: the data strings, then the fixed parts of the language's bundle texts
     * and its month names, are taken out (longest first); letters left over are untranslated text.
     */
    private static final class Checker {
        private final List<String> pieces = new ArrayList<>();

        Checker(Language l, Set<String> data) {
            pieces.addAll(data);
            // the language's own file, not English behind it: an English text left in Armenian is what we look for
            java.util.Properties own = new java.util.Properties();
            String name = "/atlas/i18n/messages" + (l == Language.EN ? "" : "_" + l.tag()) + ".properties";
            try (var in = LanguageWalkTest.class.getResourceAsStream(name)) {
                own.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (String k : own.stringPropertyNames()) {
                if (k.startsWith("format.date.")) continue;
                for (String part : PLACEHOLDER.split(own.getProperty(k))) if (part.codePoints().anyMatch(Character::isLetter)) pieces.add(part.strip());
            }
            for (int m = 1; m <= 12; m++) {
                LocalDate d = LocalDate.of(2022, m, 3);
                for (String p : List.of("MMM", "MMMM", "LLL", "LLLL", "d MMMM"))
                    pieces.add(d.format(DateTimeFormatter.ofPattern(p, l.locale())).replaceAll("\\d", "").strip());
            }
            for (String k : own.stringPropertyNames()) if (k.startsWith("format.date.")) {
                String quoted = own.getProperty(k).replaceAll("^[^']*'?|'?[^']*$", "");
                if (!quoted.isBlank()) pieces.add(quoted);
            }
            pieces.removeIf(String::isBlank);
            pieces.sort(Comparator.comparingInt(String::length).reversed());
        }

        /** Gets the letters left when the language's pieces are taken out of {@code text}, or null when none are. */
        String leftOver(String text) {
            String t = Objects.requireNonNullElse(text, "");
            for (String p : pieces) if (t.contains(p)) t = t.replace(p, " ");
            String rest = t.codePoints().filter(Character::isLetter).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString();
            return rest.isEmpty() ? null : t.strip();
        }
    }
}
