package atlas.ui;

import atlas.io.AtomicFiles;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a {@link MapAnimation} as an animated GIF: the map pane the window shows ({@link MapSnapshot.Session}),
 * built once with its tiles loaded, then for each frame the date moved and the scene snapshot again (the canvases,
 * the scene and the image are reused; only the layers whose date changed redraw), quantised with one
 * {@link GifPalette} for the whole animation (from sample frames) and encoded by {@link AnimatedGifWriter} on a
 * second thread while the next frame renders. The file is written atomically ({@link AtomicFiles}): a failed or
 * cancelled export leaves the target as it was. Call off the FX thread, after the toolkit started.
 */
public final class AnimationExport {
    /** Sample frames the palette is made from (first, last and evenly between). */
    static final int PALETTE_SAMPLES = 6;
    private static final int BUFFERS = 3;

    /** Follows an export frame by frame; called on the exporting thread. */
    public interface Progress {
        /** Reports nothing and never cancels. */
        Progress NONE = (done, total) -> {};

        /** Reports that {@code done} of {@code total} frames are rendered (0 before the first one). */
        void framesDone(int done, int total);

        /** Tests whether the user asked to stop; the export then ends without touching its target. */
        default boolean isCancelled() { return false; }
    }

    /** Median and 99th percentile of a time per frame, in milliseconds. */
    public record Timing(double medianMs, double p99Ms) {
        static Timing of(List<Double> ms) {
            if (ms.isEmpty()) return new Timing(0, 0);
            double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Timing(a[(a.length - 1) / 2], a[Math.min(a.length - 1, (int) Math.ceil(a.length * 0.99) - 1)]);
        }
    }

    /**
     * What an export did: frames written, file size, the time to render a frame (date change, layout, snapshot and
     * pixel read-back on the FX thread) and to quantise and encode one, and the wall time of the frames.
     */
    public record Result(int frames, long bytes, Timing render, Timing encode, double seconds) {
        /** Gets the frames written per second of wall time (rendering and encoding overlap). */
        public double framesPerSecond() { return seconds <= 0 ? 0 : frames / seconds; }
    }

    private AnimationExport() {}

    /** Renders {@code animation} and writes it to {@code file} as a GIF. */
    public static Result export(MapResources res, MapAnimation animation, Path file, Progress progress) throws Exception {
        List<LocalDate> days = animation.days();
        MapSnapshot.Request req = animation.map().andState(s -> s.setDate(days.get(0))).andView(v -> v.setDateStamp(true));
        AtomicFiles.probe(file);
        progress.framesDone(0, days.size());
        try (MapSnapshot.Session session = MapSnapshot.Session.open(res, req)) {
            // generous: on a machine busy with other work the tiles of a large map take long to render
            session.awaitTiles(180);
            int w = session.width(), h = session.height(), n = w * h;
            GifPalette.Builder colours = new GifPalette.Builder();
            int[] sample = new int[n];
            for (int k : samples(days.size())) {
                checkCancelled(progress);
                LocalDate d = days.get(k);
                colours.add(session.pixels(s -> s.setDate(d), sample), n);
            }
            GifPalette palette = colours.build();
            List<Double> renderMs = new ArrayList<>(), encodeMs = new ArrayList<>();
            long[] wall = new long[2];
            AtomicFiles.write(file, out -> {
                try (AnimatedGifWriter gif = new AnimatedGifWriter(out, w, h, animation.delayCentis(), palette)) {
                    wall[0] = System.nanoTime();
                    pipeline(session, days, gif, n, progress, renderMs, encodeMs);
                    wall[1] = System.nanoTime();
                }
            });
            return new Result(days.size(), Files.size(file), Timing.of(renderMs), Timing.of(encodeMs), (wall[1] - wall[0]) / 1e9);
        }
    }

    /** Renders frames on this thread (each on the FX thread) while a second thread encodes the previous ones. */
    private static void pipeline(MapSnapshot.Session session, List<LocalDate> days, AnimatedGifWriter gif, int n,
                                 Progress progress, List<Double> renderMs, List<Double> encodeMs) throws IOException {
        BlockingQueue<int[]> free = new ArrayBlockingQueue<>(BUFFERS), ready = new ArrayBlockingQueue<>(BUFFERS + 1);
        for (int i = 0; i < BUFFERS; i++) free.add(new int[n]);
        int[] end = new int[0];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread encoder = new Thread(() -> {
            try {
                for (int[] frame = ready.take(); frame != end; frame = ready.take()) {
                    long t0 = System.nanoTime();
                    gif.write(frame);
                    encodeMs.add((System.nanoTime() - t0) / 1e6);
                    free.put(frame);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "animation-encoder");
        encoder.setDaemon(true);
        encoder.start();
        boolean finished = false;
        try {
            for (int i = 0; i < days.size(); i++) {
                checkCancelled(progress);
                int[] buf = null;
                while (buf == null) {
                    if (failure.get() != null) break;
                    buf = free.poll(100, TimeUnit.MILLISECONDS);
                }
                if (buf == null) break;
                LocalDate d = days.get(i);
                long t0 = System.nanoTime();
                session.pixels(s -> s.setDate(d), buf);
                renderMs.add((System.nanoTime() - t0) / 1e6);
                ready.put(buf);
                progress.framesDone(i + 1, days.size());
            }
            ready.put(end);
            encoder.join();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("animation export interrupted");
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            if (!finished) {
                encoder.interrupt();
                try {
                    encoder.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        Throwable t = failure.get();
        if (t instanceof IOException io) throw io;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error err) throw err;
        if (t != null) throw new IOException(t);
    }

    private static void checkCancelled(Progress p) {
        if (p.isCancelled()) throw new CancellationException("animation export cancelled");
    }

    /** Gets the frames the palette is made from: first, last and evenly between, each once, in order. */
    static int[] samples(int frames) {
        int k = Math.min(frames, PALETTE_SAMPLES);
        if (k == 1) return new int[] {0};
        int[] out = new int[k];
        for (int i = 0; i < k; i++) out[i] = (int) Math.round((double) i * (frames - 1) / (k - 1));
        return Arrays.stream(out).distinct().toArray();
    }
}
