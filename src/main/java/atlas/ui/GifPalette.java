package atlas.ui;

import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One palette for a whole animation: up to 255 colours chosen by median cut from sample frames (the map's tiles,
 * overlays and text of the first, last and some middle frames), plus one transparent index that
 * {@link AnimatedGifWriter} uses for the pixels a frame leaves as they were. Quantising is one table look-up per
 * pixel: every colour of 15 bits (5 per channel) maps to its nearest palette colour, computed once. The same palette
 * for every frame keeps unchanged pixels unchanged (no flicker) and costs nothing per frame. Immutable once built.
 */
public final class GifPalette {
    /** The index of the transparent "unchanged" colour. */
    public static final int TRANSPARENT = 255;
    /** The most opaque colours a palette holds. */
    public static final int MAX_COLORS = 255;
    private static final int BINS = 1 << 15;

    private final byte[] reds, greens, blues;
    private final int size;
    private final byte[] lookup = new byte[BINS];

    private GifPalette(int[] colors) {
        size = colors.length;
        reds = new byte[256];
        greens = new byte[256];
        blues = new byte[256];
        for (int i = 0; i < size; i++) {
            reds[i] = (byte) (colors[i] >> 16);
            greens[i] = (byte) (colors[i] >> 8);
            blues[i] = (byte) colors[i];
        }
        for (int bin = 0; bin < BINS; bin++) {
            int r = expand(bin >> 10), g = expand((bin >> 5) & 31), b = expand(bin & 31);
            int best = 0;
            long bestD = Long.MAX_VALUE;
            for (int i = 0; i < size; i++) {
                int dr = r - (reds[i] & 255), dg = g - (greens[i] & 255), db = b - (blues[i] & 255);
                // weighted like the eye: green matters most, blue least
                long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
                if (d < bestD) { bestD = d; best = i; }
            }
            lookup[bin] = (byte) best;
        }
    }

    /** Gets the 15-bit bin of an ARGB colour (5 bits per channel). */
    static int bin(int argb) { return ((argb >> 9) & 0x7c00) | ((argb >> 6) & 0x3e0) | ((argb >> 3) & 0x1f); }

    private static int expand(int v5) { return (v5 << 3) | (v5 >> 2); }

    /** Gathers colour counts from sample frames; {@link #build()} then makes the palette. Not thread-safe. */
    public static final class Builder {
        private final long[] counts = new long[BINS];

        /** Counts the colours of {@code argb}'s first {@code length} pixels (alpha ignored). */
        public Builder add(int[] argb, int length) {
            for (int i = 0; i < length; i++) counts[bin(argb[i])]++;
            return this;
        }

        /** Computes the palette of the colours counted: at most {@link #MAX_COLORS} by median cut. */
        public GifPalette build() {
            List<Box> boxes = new ArrayList<>();
            Box all = Box.of(counts, 0, 31, 0, 31, 0, 31);
            if (all.count == 0) return new GifPalette(new int[] {0});
            boxes.add(all);
            while (boxes.size() < MAX_COLORS) {
                // split the box with the most pixels times extent: large even areas keep their shades, rare colours
                // (an overlay's line) keep their own box
                Box widest = boxes.stream().filter(Box::splittable)
                        .max(Comparator.comparingDouble(b -> (double) b.count * b.longestSide())).orElse(null);
                if (widest == null) break;
                boxes.remove(widest);
                boxes.addAll(widest.split(counts));
            }
            int[] colors = new int[boxes.size()];
            for (int i = 0; i < colors.length; i++) colors[i] = boxes.get(i).mean(counts);
            return new GifPalette(colors);
        }
    }

    /** Gets the palette index of an ARGB colour (alpha ignored). */
    public int index(int argb) { return lookup[bin(argb)] & 255; }

    /**
     * Quantises {@code length} ARGB pixels into {@code indices} (one byte each), with one look-up per pixel.
     */
    public void quantise(int[] argb, byte[] indices, int length) {
        for (int i = 0; i < length; i++) indices[i] = lookup[bin(argb[i])];
    }

    /** Gets the number of opaque colours. */
    public int size() { return size; }

    /** Gets the opaque colour at an index as 0xRRGGBB. */
    public int rgb(int index) { return ((reds[index] & 255) << 16) | ((greens[index] & 255) << 8) | (blues[index] & 255); }

    /** Gets the 256-entry colour model, index {@link #TRANSPARENT} transparent. */
    public IndexColorModel colorModel() { return new IndexColorModel(8, 256, reds, greens, blues, TRANSPARENT); }

    /** A box of the 5-bit colour cube, bounds inclusive, shrunk to the colours it holds. */
    private record Box(int r0, int r1, int g0, int g1, int b0, int b1, long count) {
        static Box of(long[] counts, int r0, int r1, int g0, int g1, int b0, int b1) {
            int nr0 = 32, nr1 = -1, ng0 = 32, ng1 = -1, nb0 = 32, nb1 = -1;
            long n = 0;
            for (int r = r0; r <= r1; r++)
                for (int g = g0; g <= g1; g++)
                    for (int b = b0; b <= b1; b++) {
                        long c = counts[(r << 10) | (g << 5) | b];
                        if (c == 0) continue;
                        n += c;
                        nr0 = Math.min(nr0, r); nr1 = Math.max(nr1, r);
                        ng0 = Math.min(ng0, g); ng1 = Math.max(ng1, g);
                        nb0 = Math.min(nb0, b); nb1 = Math.max(nb1, b);
                    }
            return n == 0 ? new Box(r0, r0, g0, g0, b0, b0, 0) : new Box(nr0, nr1, ng0, ng1, nb0, nb1, n);
        }

        int longestSide() { return Math.max(r1 - r0, Math.max(g1 - g0, b1 - b0)); }

        boolean splittable() { return count > 0 && longestSide() > 0; }

        /** Splits at the median along the longest side into two non-empty boxes. */
        List<Box> split(long[] counts) {
            int side = r1 - r0 >= g1 - g0 && r1 - r0 >= b1 - b0 ? 0 : g1 - g0 >= b1 - b0 ? 1 : 2;
            int lo = side == 0 ? r0 : side == 1 ? g0 : b0, hi = side == 0 ? r1 : side == 1 ? g1 : b1;
            long half = count / 2, seen = 0;
            int cut = lo;
            for (int v = lo; v < hi; v++) {
                seen += plane(counts, side, v);
                cut = v;
                if (seen >= half) break;
            }
            return switch (side) {
                case 0 -> List.of(of(counts, r0, cut, g0, g1, b0, b1), of(counts, cut + 1, r1, g0, g1, b0, b1));
                case 1 -> List.of(of(counts, r0, r1, g0, cut, b0, b1), of(counts, r0, r1, cut + 1, g1, b0, b1));
                default -> List.of(of(counts, r0, r1, g0, g1, b0, cut), of(counts, r0, r1, g0, g1, cut + 1, b1));
            };
        }

        private long plane(long[] counts, int side, int v) {
            long n = 0;
            for (int r = side == 0 ? v : r0; r <= (side == 0 ? v : r1); r++)
                for (int g = side == 1 ? v : g0; g <= (side == 1 ? v : g1); g++)
                    for (int b = side == 2 ? v : b0; b <= (side == 2 ? v : b1); b++) n += counts[(r << 10) | (g << 5) | b];
            return n;
        }

        int mean(long[] counts) {
            double r = 0, g = 0, b = 0;
            for (int ri = r0; ri <= r1; ri++)
                for (int gi = g0; gi <= g1; gi++)
                    for (int bi = b0; bi <= b1; bi++) {
                        long c = counts[(ri << 10) | (gi << 5) | bi];
                        r += c * expand(ri);
                        g += c * expand(gi);
                        b += c * expand(bi);
                    }
            return ((int) Math.round(r / count) << 16) | ((int) Math.round(g / count) << 8) | (int) Math.round(b / count);
        }
    }
}
