package atlas.story;

import atlas.i18n.Texts;
import atlas.io.Datasets;
import atlas.map.Translations;
import atlas.map.AtlasMap;
import atlas.model.Drawing;
import atlas.model.LatLon;
import atlas.model.Stop;
import atlas.model.Story;
import atlas.ui.AtlasState;
import atlas.ui.DrawingTools;
import atlas.ui.TimelineMark;
import atlas.ui.MainWindow;
import atlas.ui.MapAssembly;
import atlas.ui.MapResources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Wires the story mode into the main window: a "Story" toggle that shows the {@link StoryPanel} at the right, a
 * "Present" toolbar button and F5 that start the {@link Presentation} on the chosen screen, and the close prompt
 * for unsaved stories. The presentation gets its own map and timeline (built like the window's, bound to the same
 * state), so the window keeps its own; when the presentation ends they are disposed (no listener of theirs stays on
 * the state) and the window's map shows the last stop's view.
 */
public final class StoryMode {
    private final MainWindow window;
    private final MapResources res;
    private final AtlasState state;
    private final StoryDocument doc;
    /** The format name every story file starts with (see assets/schema/story-format.md). */
    private static final String STORY_SIGNATURE = "\"corridor-atlas-story\"";
    private StoryPanel panel; // built when first needed: most runs never open it, and it costs start-up time
    private final ToggleButton toggle = new ToggleButton();
    private final Button presentButton = new Button();
    private javafx.scene.Node replaced;
    private Presentation presentation;
    private StoryPlayer player;
    private AtlasMap audienceMap;
    private atlas.ui.CompareView audienceView;
    private AtlasMap presenterMap;
    private atlas.ui.CompareView presenterView;
    private StoryTimeline storyTimeline;
    private javafx.util.Duration flightTime = StoryPlayer.DEFAULT_FLIGHT;

    /** Creates the story mode of a window; {@code recoveryDir} keeps the recovery copy of unsaved edits. */
    public StoryMode(MainWindow window, MapResources res, Path recoveryDir) {
        this.window = window;
        this.res = res;
        this.state = window.state();
        this.doc = new StoryDocument(recoveryDir);
        toggle.setId("story-toggle");
        Translations.bind(toggle.textProperty(), "story.toggle");
        toggle.setTooltip(new Tooltip());
        Translations.bind(toggle.getTooltip().textProperty(), "story.toggle.tip");
        toggle.selectedProperty().addListener((o, a, on) -> {
            // the right side may hold another panel (event details): put it back when the story panel closes
            if (on) {
                if (window.getRight() != panel()) replaced = window.getRight();
                window.setRight(panel());
            } else if (window.getRight() == panel) {
                window.setRight(replaced);
            }
            if (presentation == null) keepWithPanel();
            showMarks();
        });
        doc.storyProperty().addListener(o -> showMarks());
        presentButton.setId("present-button");
        Translations.bind(presentButton.textProperty(), "story.present-button");
        presentButton.setTooltip(new Tooltip());
        Translations.bind(presentButton.getTooltip().textProperty(), "story.present-button.tip");
        presentButton.setOnAction(e -> present());
    }

    /** Adds the toolbar buttons, F5 and the close prompt to the window (call once its scene exists or later). */
    public StoryMode install() {
        window.toolbar().getItems().addAll(toggle, presentButton);
        window.openFiles().add(new atlas.ui.OpenFiles.Opener() {
            @Override public String description() { return Texts.get("stories.files"); }

            @Override public atlas.ui.OpenFiles.Claim claim(Path file, String head) {
                return atlas.ui.OpenFiles.nameEndsWith(file, ".story.json") || head.contains(STORY_SIGNATURE)
                        || isStoryMap(file) ? atlas.ui.OpenFiles.Claim.YES : atlas.ui.OpenFiles.Claim.NO;
            }

            @Override public void open(Path file) {
                if (isStoryMap(file)) openStoryMap(file); else StoryMode.this.open(file);
            }
        });
        window.sceneProperty().addListener(sceneChanged);
        hook(window.getScene());
        window.onDispose(this::dispose);
        return this;
    }

    /** Gets the story panel, building it on first use. */
    public StoryPanel panel() {
        if (panel == null) {
            panel = new StoryPanel(doc, state, camera(window.map()), ShippedStories.FILES);
            panel.setOnPresent(this::present);
            panel.setOnPreview(this::preview);
            panel.setOnCompare(() -> window.compareView().enter());
            panel.setPrefWidth(400);
            panel.selectedIndexProperty().addListener(o -> showMarks());
            StoryExportAction export = new StoryExportAction(doc::getStory, state::getData, res, panel::say);
            panel.addAction(export.menu(() -> window.getScene() == null ? null : window.getScene().getWindow()));
        }
        return panel;
    }

    /** Tests whether a file is a StoryMapJS story, by its content (atlas.io's reader registry decides). */
    static boolean isStoryMap(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return atlas.io.Imports.detect(new atlas.io.Peek(name, in.readNBytes(atlas.io.Peek.SIZE)))
                    .filter(r -> r instanceof atlas.io.StoryMapReader).isPresent();
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Opens a StoryMapJS file as a story in the story panel (shown): read off the FX thread by atlas.io, then opened
     * unsaved (Save as… keeps it as a story); a broken file is reported and changes nothing.
     */
    public java.util.concurrent.CompletableFuture<Boolean> openStoryMap(Path file) {
        showPanel();
        java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            atlas.io.ImportResult r = atlas.io.Imports.read(file);
            List<String> problems = r.problems().stream().map(Object::toString).toList();
            atlas.model.Story s = r.hasRecords() ? r.story() : null;
            javafx.application.Platform.runLater(() -> done.complete(panel().openImported(file, s, problems)));
        }, "open-storymap");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** Opens a story file in the story panel (shown); a broken file is reported and changes nothing. */
    public boolean open(Path file) {
        showPanel();
        return panel().open(file);
    }
    public StoryDocument document() { return doc; }

    /** Gets the running presentation, or null. */
    public Presentation presentation() { return presentation; }

    /** Shows the story panel. */
    public void showPanel() { toggle.setSelected(true); }

    /**
     * Starts the presentation: on the chosen screen (the panel's choice; by default a second screen when there is
     * one), from the selected stop. With two screens the window's screen gets the presenter view. Does nothing
     * when the story has no stops (the panel says so) or a presentation runs.
     */
    public void present() {
        if (presentation != null) return;
        if (doc.getStory().size() == 0) {
            showPanel();
            panel().say(Texts.get("story.status.no-stops"));
            chooseStory();
            return;
        }
        // a window without any data layer presents on the shipped record (hidden layers stay hidden)
        if (state.getData().workspace().layers().isEmpty()) state.setDataset(Datasets.loadShipped());
        audienceMap = MapAssembly.build(res, state);
        audienceMap.setTileSource(window.map().getTileSource());
        audienceMap.setView(window.map().getView().center(), window.map().getView().zoom());
        player = new StoryPlayer(state, camera(audienceMap));
        player.setStory(doc.getStory());
        player.setFlightTime(state.isReducedMotion() ? javafx.util.Duration.ZERO : flightTime);
        storyTimeline = new StoryTimeline(state, player);
        // a comparison stop shows the swipe: the audience map sits in the same pane as the window's, without its bar
        audienceView = new atlas.ui.CompareView(res, state, audienceMap);
        audienceView.setControlsShown(false);
        audienceView.setGhost(window.compareView().isGhost());
        Window owner = window.getScene() == null ? null : window.getScene().getWindow();
        Screen home = Presentation.screenOf(owner);
        Screen audience = panel().chosenScreen().orElse(home);
        DrawingTools tools = window.drawingTools();
        tools.attach(audienceMap, true);
        // the audience sees the map: legends folded to their titles (a click opens one), a comparison's A side too
        MapAssembly.foldLegends(audienceMap);
        audienceView.setOnCompareMap(m -> {
            tools.attach(m, false);
            MapAssembly.foldLegends(m);
        });
        presentation = new Presentation(state, player, audienceView, storyTimeline.bar(), tools);
        // the window's high-contrast theme carries over; the panel's box asks for it for this presentation too
        presentation.view().setHighContrast(panel().highContrast() || window.display().highContrastProperty().get());
        tools.setKeepAction(this::keepPresented);
        // on two screens the presenter view gets a copy of the audience's map to draw on from the laptop
        presentation.setPresenterMap(() -> presenterCopy(tools));
        presentation.setOnClosed(this::presentationClosed);
        int start = Math.max(0, panel().selectedIndex());
        player.stopProperty().addListener(o -> showMarks());
        presentation.show(null, audience, home, true);
        player.go(start);
    }

    /**
     * Builds the presenter view's map: a copy of the audience's kept on the same area (drawable from the laptop,
     * legends folded), inside its own compare pane that follows the audience's (a comparison stop shows the swipe
     * there too, with the same layout, divider and ghost).
     */
    javafx.scene.Node presenterCopy(DrawingTools tools) {
        presenterMap = MapAssembly.build(res, state);
        presenterMap.setTileSource(window.map().getTileSource());
        tools.attach(presenterMap, true);
        MapAssembly.foldLegends(presenterMap);
        MirroredView.link(audienceMap, presenterMap);
        // a comparison stop shows the presenter the same swipe as the audience
        presenterView = new atlas.ui.CompareView(res, state, presenterMap);
        presenterView.setControlsShown(false);
        presenterView.ghostProperty().bindBidirectional(audienceView.ghostProperty());
        presenterView.layoutProperty().bindBidirectional(audienceView.layoutProperty());
        presenterView.dividerProperty().bindBidirectional(audienceView.dividerProperty());
        presenterView.setOnCompareMap(m -> {
            tools.attach(m, false);
            MapAssembly.foldLegends(m);
        });
        return presenterView;
    }

    /** Shows a stop in the window (state at once, the map flies there), for checking it while authoring. */
    public void preview(Stop s) {
        if (state.getData().workspace().layers().isEmpty()) state.setDataset(Datasets.loadShipped());
        StoryPlayer.applyTo(state, s);
        window.map().flyTo(s.center(), s.zoom(), StoryPlayer.DEFAULT_FLIGHT);
    }

    /** Keeps what is drawn with the stop presented, in the story (unsaved until the story is saved). */
    private void keepPresented() {
        if (player == null) return;
        int i = player.getIndex();
        Stop kept = player.keepDrawings();
        if (kept == null) return;
        keepWith(i, kept.drawings());
        if (presentation != null) presentation.view().notice(Texts.plural("story.drawings.kept", kept.drawings().size(), i + 1));
    }

    /** Sets the stop at {@code i} of the document to keep {@code drawings}, when it is there. */
    private void keepWith(int i, List<Drawing> drawings) {
        doc.edit(s -> i < s.size() ? s.withStopReplaced(i, s.stop(i).withDrawings(drawings)) : s);
    }

    /** Makes K and the Keep button keep the drawings with the panel's selected stop while the panel is shown. */
    private void keepWithPanel() {
        window.drawingTools().setKeepAction(toggle.isSelected() ? () -> panel().keepDrawings() : null);
    }

    /**
     * Asks, without blocking, whether drawings made during the presentation go with their stops (they stay on the
     * map either way until the next stop is shown).
     */
    private void offerToKeep(Map<Integer, List<Drawing>> unkept) {
        javafx.scene.control.ButtonType keepB = new javafx.scene.control.ButtonType(Texts.get("story.drawings.keep"), javafx.scene.control.ButtonBar.ButtonData.YES);
        javafx.scene.control.ButtonType dropB = new javafx.scene.control.ButtonType(Texts.get("story.drawings.drop"), javafx.scene.control.ButtonBar.ButtonData.NO);
        String stops = unkept.keySet().stream().map(i -> Integer.toString(i + 1)).collect(java.util.stream.Collectors.joining(", "));
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Texts.format("story.drawings.question", stops), keepB, dropB);
        a.setHeaderText(Texts.get("story.drawings.header"));
        a.setTitle(Texts.get("story.drawings.header"));
        atlas.ui.Dialogs.localize(a);
        a.initModality(javafx.stage.Modality.NONE);
        if (window.getScene() != null && window.getScene().getWindow() != null) a.initOwner(window.getScene().getWindow());
        a.resultProperty().addListener((o, was, r) -> {
            if (r != keepB) return;
            unkept.forEach(this::keepWith);
            panel().say(Texts.format("story.drawings.kept-all", stops));
        });
        keepOffer = a;
        a.show();
    }

    /** Gets the open question whether to keep the drawings of the last presentation, or null. */
    public javafx.scene.control.Alert keepOffer() { return keepOffer != null && keepOffer.isShowing() ? keepOffer : null; }

    private javafx.scene.control.Alert keepOffer;


    private void presentationClosed() {
        Map<Integer, List<Drawing>> unkept = player == null ? Map.of() : player.unkeptDrawings();
        window.drawingTools().setTool(null);
        keepWithPanel();
        Stop last = player == null ? null : player.getStop();
        if (last != null) {
            window.map().setView(last.center(), last.zoom());
            panel().select(player.getIndex());
        }
        // the window gets the keyboard back (F5 presents again), and the presentation's views go: every listener
        // they put on the state goes with them
        if (window.getScene() != null && window.getScene().getWindow() != null) window.getScene().getWindow().requestFocus();
        if (audienceView != null) audienceView.dispose();
        if (audienceMap != null) audienceMap.dispose();
        if (presenterView != null) presenterView.dispose();
        if (presenterMap != null) presenterMap.dispose();
        presenterMap = null;
        presenterView = null;
        if (storyTimeline != null) storyTimeline.dispose();
        presentation = null;
        player = null;
        audienceMap = null;
        audienceView = null;
        storyTimeline = null;
        showMarks();
        if (!unkept.isEmpty()) offerToKeep(unkept);
    }

    /**
     * Marks the story's stops on the timelines while the story panel is shown or a presentation runs: the stop
     * presented (or selected in the panel) as a flag, the others as ticks; no marks otherwise.
     */
    private void showMarks() {
        Story s;
        int current;
        if (presentation != null && player != null) {
            s = player.getStory();
            current = player.getIndex();
        } else if (toggle.isSelected()) {
            s = doc.getStory();
            current = panel == null ? -1 : panel.selectedIndex();
        } else {
            state.setTimelineMarks(List.of());
            return;
        }
        List<TimelineMark> marks = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            Stop st = s.stop(i);
            marks.add(new TimelineMark(st.date(), st.window(), Integer.toString(i + 1), i == current));
        }
        state.setTimelineMarks(marks);
    }

    /**
     * Offers the shipped stories at once (F5 with no story open): a choice of the three, or a story file; the one
     * chosen opens and is presented. Does not wait for the choice.
     */
    public void chooseStory() {
        if (chooser != null && chooser.isShowing()) return;
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Texts.get("story.choose.title"));
        d.setHeaderText(Texts.get("story.choose.header"));
        d.getDialogPane().setId("story-chooser");
        d.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        VBox choices = new VBox(6);
        choices.setFillWidth(true);
        for (int i = 0; i < ShippedStories.FILES.size(); i++) {
            String rel = ShippedStories.FILES.get(i);
            String text;
            try {
                Story st = ShippedStories.load(rel);
                text = Texts.plural("story.choose.entry", st.size(), st.title());
            } catch (java.io.IOException e) {
                continue;
            }
            Button b = new Button(text);
            b.setId("choose-story-" + (i + 1));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            b.setOnAction(e -> {
                close(d);
                if (panel().openShipped(rel)) present();
            });
            choices.getChildren().add(b);
        }
        Button open = new Button(Texts.get("story.choose.open-file"));
        open.setId("choose-story-open");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        open.setOnAction(e -> {
            close(d);
            if (panel().chooseAndOpen() && doc.getStory().size() > 0) present();
        });
        choices.getChildren().add(open);
        choices.setPrefWidth(440);
        d.getDialogPane().setContent(choices);
        atlas.ui.Dialogs.localize(d);
        if (window.getScene() != null && window.getScene().getWindow() != null) d.initOwner(window.getScene().getWindow());
        chooser = d;
        d.show();
        if (!choices.getChildren().isEmpty()) choices.getChildren().get(0).requestFocus();
    }

    private static void close(Dialog<ButtonType> d) {
        d.setResult(ButtonType.CANCEL);
        d.close();
    }

    /** Gets the open chooser of a story to present, or null. */
    public Dialog<ButtonType> storyChooser() { return chooser != null && chooser.isShowing() ? chooser : null; }

    private Dialog<ButtonType> chooser;

    /** Gets the presenter view's copy of the audience's map during a presentation on two screens, or null. */
    public AtlasMap presenterMap() { return presenterMap; }

    /** Gets the map the audience sees during a presentation, or null. */
    public AtlasMap audienceMap() { return audienceMap; }

    /** Gets the player of the running presentation, or null. */
    public StoryPlayer player() { return player; }

    /** Sets the camera flight time of the next presentations. */
    public void setFlightTime(javafx.util.Duration d) { flightTime = d; }

    /** The scene and window that F5, the recovery offer and the close prompt are on (taken off when they change). */
    private Scene hookedScene;
    private Window hooked;
    private final javafx.event.EventHandler<KeyEvent> f5 = e -> {
        if (e.getCode() == KeyCode.F5) {
            present();
            e.consume();
        }
    };
    private final javafx.beans.value.ChangeListener<Window> windowChanged = (o, a, w) -> hookClose(w);
    private final javafx.event.EventHandler<WindowEvent> shown = this::shown;
    private boolean shownOnce;
    private final javafx.event.EventHandler<WindowEvent> closeRequest = e -> {
        if (presentation != null) presentation.close();
        if (document().isDirty() && !panel().confirmDiscard()) e.consume();
    };
    private final javafx.beans.value.ChangeListener<Scene> sceneChanged = (o, a, s) -> hook(s);

    /**
     * Offers the recovery copy of unsaved edits once, when the window first shows: a stage shown again later (a
     * reused stage) must not ask about this session's story from inside that show.
     */
    private void shown(WindowEvent e) {
        shownOnce = true;
        if (hooked != null) hooked.removeEventHandler(WindowEvent.WINDOW_SHOWN, shown);
        if (document().recoveryCopy().isPresent()) panel().offerRecovery();
    }

    /**
     * Puts F5 on the window's scene and the close prompt on its stage, taking them from the scene and stage they were
     * on: a stage that outlives the window (shown with another scene afterwards) keeps nothing of it.
     */
    private void hook(Scene s) {
        if (s == hookedScene) return;
        if (hookedScene != null) {
            hookedScene.removeEventFilter(KeyEvent.KEY_PRESSED, f5);
            hookedScene.windowProperty().removeListener(windowChanged);
        }
        hookedScene = s;
        if (s != null) {
            s.addEventFilter(KeyEvent.KEY_PRESSED, f5);
            s.windowProperty().addListener(windowChanged);
        }
        hookClose(s == null ? null : s.getWindow());
    }

    private void hookClose(Window w) {
        if (w == hooked) return;
        if (hooked != null) {
            hooked.removeEventHandler(WindowEvent.WINDOW_SHOWN, shown);
            hooked.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closeRequest);
        }
        hooked = w;
        if (w == null) return;
        if (!shownOnce) w.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
        w.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closeRequest);
    }

    /**
     * Ends the story mode with its window: a running presentation closes (its maps and timeline are disposed), and F5,
     * the close prompt and the timeline marks leave the scene, the stage and the state. FX thread.
     */
    public void dispose() {
        if (presentation != null) presentation.close();
        if (keepOffer != null) keepOffer.close();
        if (chooser != null) close(chooser);
        window.sceneProperty().removeListener(sceneChanged);
        hook(null);
        state.setTimelineMarks(List.of());
    }

    /** Gets the camera of an atlas map: its view, set without animation (the story flight animates it). */
    public static MapCamera camera(AtlasMap map) {
        return new MapCamera() {
            @Override public LatLon center() { return map.getView().center(); }
            @Override public double zoom() { return map.getView().zoom(); }
            @Override public void show(LatLon c, double z) { map.setView(c, z); }
        };
    }
}
