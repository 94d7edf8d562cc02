package atlas.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of {@link ColdStart}: a bare JavaFX window with one label. Logs
 * {@code bare window painted N ms after JVM start} at the first pulse after the one that painted the label (the same
 * rule as the app's {@code first map tile painted} line), then exits.
 */
public final class BareWindowProbe {
    private BareWindowProbe() {}

    /** Not itself an Application: the java launcher refuses such a main class on the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override public void start(Stage stage) {
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 640, 400));
            stage.show();
            new AnimationTimer() {
                private boolean painted;

                @Override public void handle(long now) {
                    if (!painted) {
                        painted = true; // this pulse paints the label; the next one comes after it reached the screen
                        return;
                    }
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
                    System.err.printf(Locale.ROOT, "bare window painted %d ms after JVM start (process CPU time %d ms)%n", ms, cpuMs);
                    Platform.exit();
                }
            }.start();
        }
    }
}
