package atlas.map;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The one thread on which event layers build their cells ({@link CellIndex}) unless given another executor: a daemon
 * (it never keeps the application alive) at the lowest priority, one build at a time, so that at most one core goes
 * to it while the FX thread draws.
 */
final class CellsThread {
    private CellsThread() {}

    static final Executor EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "atlas-event-cells");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
}
