package atlas.story;

import atlas.ui.AtlasState;
import atlas.ui.DrawingTools;
import java.time.Clock;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A running presentation: a full-screen stage on the audience screen with the {@link PresentationView}, and,
 * when the audience screen is not the presenter's, a presenter stage ({@link PresenterView}) on the presenter's
 * screen. Keys work in both stages: the drawing keys first (when drawing tools are given; Esc then stops drawing
 * before it ends the presentation), then the presentation's; none while a text label is typed. Esc (or
 * {@link #close()}) closes both and runs the on-close action.
 */
public final class Presentation {
    private final StoryPlayer player;
    private final PresentationView view;
    private final PresentationKeys keys;
    private final DrawingTools drawing;
    private final Stage stage = new Stage();
    private Stage presenterStage;
    private PresenterView presenter;
    private Runnable onClosed = () -> {};
    private boolean closed;

    /**
     * Prepares a presentation of the player's story; {@code map} and {@code timeline} (may be null) are the
     * nodes shown to the audience (they are added to this presentation's scene).
     */
    public Presentation(AtlasState state, StoryPlayer player, Node map, Node timeline) {
        this(state, player, map, timeline, null);
    }

    /**
     * Prepares a presentation whose map draws with {@code drawing} (null for none): its keys work on both screens.
     */
    public Presentation(AtlasState state, StoryPlayer player, Node map, Node timeline, DrawingTools drawing) {
        this.player = player;
        this.drawing = drawing;
        this.keys = new PresentationKeys(player, new PresentationKeys.Actions() {
            @Override public void exit() { close(); }
            @Override public void scaleText(int steps) { view.scaleText(steps); }
            @Override public void resetTextScale() { view.textScaleProperty().set(PresentationView.DEFAULT_SCALE); }
            @Override public void toggleContrast() { view.setHighContrast(!view.isHighContrast()); }
        });
        this.view = new PresentationView(player, state, map, timeline, keys);
        this.presenterState = state;
        stage.setTitle(atlas.i18n.Texts.format("presentation.title", player.getStory().title()));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        Scene scene = new Scene(view, 1280, 720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> key(scene, e));
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
    }

    private final AtlasState presenterState;

    private void key(Scene scene, KeyEvent e) {
        // a text label being typed gets every key (B, C, digits, Esc) itself
        if (scene.getFocusOwner() instanceof TextInputControl) return;
        if (drawing != null && drawing.act(e.getCode(), e.isShortcutDown(), e.isShiftDown(), e.isAltDown())) {
            e.consume();
            return;
        }
        keys.handle(e);
    }

    private java.util.function.Supplier<Node> presenterMap;

    /**
     * Sets what makes the presenter view's map (a copy of the audience's that the presenter can draw on), built when
     * the presenter view opens; null for none. Call before {@link #show}.
     */
    public void setPresenterMap(java.util.function.Supplier<Node> factory) { presenterMap = factory; }

    public PresentationView view() { return view; }
    public PresentationKeys keys() { return keys; }
    public Stage stage() { return stage; }

    /** Gets the presenter view, or null when presenting on one screen. */
    public PresenterView presenter() { return presenter; }

    public void setOnClosed(Runnable r) { onClosed = r; }

    /**
     * Opens the presentation full screen on {@code audience}, shows the first stop (or the current one), and opens
     * the presenter view on {@code presenterScreen} when it is a different screen (null for none).
     */
    public void show(Window owner, Screen audience, Screen presenterScreen, boolean fullScreen) {
        Rectangle2D b = audience.getBounds();
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setWidth(b.getWidth());
        stage.setHeight(b.getHeight());
        if (owner != null) stage.initOwner(owner);
        stage.setFullScreen(fullScreen);
        stage.show();
        stage.requestFocus();
        if (presenterScreen != null && !presenterScreen.equals(audience)) openPresenterView(presenterScreen.getVisualBounds());
        if (player.getIndex() < 0) player.first();
    }

    /**
     * Opens the presenter view (next stop, notes, elapsed time and, when {@link #setPresenterMap} gave one, the copy of
     * the audience's map) in a window at {@code bounds}; {@link #show} does this on a second screen. Does nothing when
     * it is open or the presentation is closed.
     */
    public void openPresenterView(Rectangle2D bounds) {
        if (presenterStage != null || closed) return;
        presenter = new PresenterView(player, presenterState, Clock.systemUTC());
        if (presenterMap != null) presenter.setMap(presenterMap.get());
        presenterStage = new Stage();
        presenterStage.setTitle(atlas.i18n.Texts.format("presenter.title", player.getStory().title()));
        Scene ps = new Scene(presenter, 1024, 640);
        ps.addEventFilter(KeyEvent.KEY_PRESSED, e -> key(ps, e));
        presenterStage.setScene(ps);
        presenterStage.setX(bounds.getMinX());
        presenterStage.setY(bounds.getMinY());
        presenterStage.setWidth(bounds.getWidth());
        presenterStage.setHeight(bounds.getHeight());
        presenterStage.setOnHidden(e -> close());
        presenterStage.show();
    }

    /** Closes the presentation (both stages), stops the camera flight and runs the on-close action once. */
    public void close() {
        if (closed) return;
        closed = true;
        player.close();
        player.blankProperty().set(false);
        if (presenter != null) presenter.dispose();
        if (presenterStage != null) presenterStage.hide();
        // leave full screen before hiding: JavaFX's full-screen overlay otherwise keeps animating on a closed scene
        stage.setFullScreen(false);
        stage.hide();
        // the closed stages keep nothing of the presentation: JavaFX holds on to the last full-screen stage (a static
        // of its toolkit), and the stage's scene and handlers would keep the audience's map with it
        release(stage);
        if (presenterStage != null) release(presenterStage);
        onClosed.run();
    }

    private static void release(Stage s) {
        s.setOnHidden(null);
        s.setScene(null);
    }

    /** Gets the screen a window is mostly on (the primary screen when unknown). */
    public static Screen screenOf(Window w) {
        if (w == null) return Screen.getPrimary();
        var list = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()), Math.max(1, w.getHeight()));
        return list.isEmpty() ? Screen.getPrimary() : list.get(0);
    }
}
