package atlas.map;

/** The length a scale bar shows: a round distance (1, 2 or 5 times a power of ten metres) and its width in pixels. */
record ScaleBar(double metres, double widthPx) {
    /** Computes the longest round distance whose bar is at most {@code maxPx} wide at a ground resolution. */
    static ScaleBar fit(double metresPerPixel, double maxPx) {
        double maxM = metresPerPixel * maxPx;
        double pow = Math.pow(10, Math.floor(Math.log10(maxM)));
        double m = pow;
        for (double k : new double[] {5, 2, 1}) {
            if (k * pow <= maxM) {
                m = k * pow;
                break;
            }
        }
        return new ScaleBar(m, m / metresPerPixel);
    }

    /** Gets the distance as text: "500 m", "2 km", "1,000 km". */
    String label() {
        if (metres < 1000) return String.format(java.util.Locale.ROOT, "%.0f m", metres);
        return String.format(java.util.Locale.UK, "%,.0f km", metres / 1000);
    }
}
