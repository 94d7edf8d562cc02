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

    /** Gets the distance as text in the interface's language: "500 m", "2 km", "1,000 km" ("1 000 км"). */
    String label() {
        if (metres < 1000) return atlas.i18n.Texts.format("map.scale.m", atlas.i18n.Texts.number(Math.round(metres)));
        return atlas.i18n.Texts.format("map.scale.km", atlas.i18n.Texts.number(Math.round(metres / 1000)));
    }
}
