package atlas.map;

import atlas.model.Category;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * Simulates how the event category colours look to people with the common colour-vision deficiencies and measures
 * how far apart they stay. Simulation: Machado, Oliveira and Fernandes (2009), "A physiologically-based model for
 * simulation of color vision deficiency", IEEE TVCG 15(6), matrices at severity 1.0 (protanopia, deuteranopia,
 * tritanopia) applied to linear sRGB. Difference: CIEDE2000 (Sharma, Wu and Dalal 2005) in CIELAB, D65.
 *
 * <p>Run {@code java -cp target/test-classes:target/classes:$(cat cp.txt) atlas.map.ColourVisionCheck} to print the
 * smallest difference of each vision and the pair it belongs to.
 */
public final class ColourVisionCheck {
    /** The visions checked: normal and the three dichromacies, each with its simulation matrix (null: none). */
    enum Vision {
        NORMAL(null),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

        final double[][] m;

        Vision(double[][] m) { this.m = m; }
    }

    /** The smallest difference between two categories for one vision, and which two. */
    record Closest(Vision vision, double deltaE, Category a, Category b) {}

    private ColourVisionCheck() {}

    /** Computes the closest pair of category colours as seen with {@code v}. */
    static Closest closest(Vision v) {
        Category[] cs = Category.values();
        Closest best = null;
        for (int i = 0; i < cs.length; i++)
            for (int j = i + 1; j < cs.length; j++) {
                double d = deltaE2000(lab(simulate(CategoryStyle.color(cs[i]), v)), lab(simulate(CategoryStyle.color(cs[j]), v)));
                if (best == null || d < best.deltaE()) best = new Closest(v, d, cs[i], cs[j]);
            }
        return best;
    }

    /** Computes the linear RGB a colour is seen as with {@code v}, clamped to [0, 1]. */
    static double[] simulate(Color c, Vision v) {
        double[] lin = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        if (v.m == null) return lin;
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = 0;
            for (int j = 0; j < 3; j++) s += v.m[i][j] * lin[j];
            out[i] = Math.max(0, Math.min(1, s));
        }
        return out;
    }

    private static double linear(double c) { return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }

    /** Computes CIELAB (D65) of a linear sRGB colour. */
    static double[] lab(double[] rgb) {
        double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
        double fx = f(x / 0.95047), fy = f(y), fz = f(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) { return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116; }

    /** Computes the CIEDE2000 colour difference of two CIELAB colours (kL = kC = kH = 1). */
    static double deltaE2000(double[] p, double[] q) {
        double l1 = p[0], a1 = p[1], b1 = p[2], l2 = q[0], a2 = q[1], b2 = q[2];
        double cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double a1p = (1 + g) * a1, a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1), c2p = Math.hypot(a2p, b2);
        double h1p = hue(b1, a1p), h2p = hue(b2, a2p);
        double dLp = l2 - l1, dCp = c2p - c1p;
        double dhp = 0;
        if (c1p * c2p != 0) {
            dhp = h2p - h1p;
            if (dhp > 180) dhp -= 360;
            else if (dhp < -180) dhp += 360;
        }
        double dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dhp / 2));
        double lBar = (l1 + l2) / 2, cBarP = (c1p + c2p) / 2;
        double hBar = h1p + h2p;
        if (c1p * c2p != 0) {
            if (Math.abs(h1p - h2p) <= 180) hBar = (h1p + h2p) / 2;
            else hBar = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hBar - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hBar))
                + 0.32 * Math.cos(Math.toRadians(3 * hBar + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hBar - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cBarP, 7) / (Math.pow(cBarP, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
        double sc = 1 + 0.045 * cBarP, sh = 1 + 0.015 * cBarP * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dLp / sl, 2) + Math.pow(dCp / sc, 2) + Math.pow(dHp / sh, 2) + rt * (dCp / sc) * (dHp / sh));
    }

    private static double hue(double b, double a) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    /** Prints the smallest difference of each vision. */
    public static void main(String[] args) {
        for (Vision v : Vision.values()) {
            Closest c = closest(v);
            System.out.printf(Locale.ROOT, "%-13s smallest CIEDE2000 difference %5.2f (%s / %s)%n", v.name().toLowerCase(Locale.ROOT),
                    c.deltaE(), c.a().key(), c.b().key());
        }
    }
}
