package atlas.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs work on the JavaFX application thread from another thread and waits for its result (the one copy). */
public final class FxThread {
    private FxThread() {}

    /**
     * Runs {@code work} on the FX thread and returns its result; what it throws is rethrown here (wrapped in an
     * {@link java.util.concurrent.ExecutionException}). Called on the FX thread itself, it runs at once.
     *
     * @throws java.util.concurrent.TimeoutException when the work has not finished within {@code timeoutSeconds}
     */
    public static <T> T call(Callable<T> work, long timeoutSeconds) throws Exception {
        if (Platform.isFxApplicationThread()) return work.call();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(timeoutSeconds, TimeUnit.SECONDS);
    }
}
