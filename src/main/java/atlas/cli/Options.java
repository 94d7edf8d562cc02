package atlas.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parsing of the option values several commands share ({@code --size}, {@code --date}); errors name the option. */
final class Options {
    private Options() {}

    /** An image size in pixels. */
    record PixelSize(int width, int height) {}

    /** Gets {@code --size WIDTHxHEIGHT} (16..8000 each way), or {@code fallback} when the option is absent. */
    static PixelSize size(Args args, PixelSize fallback) {
        if (!args.has("size")) return fallback;
        String s = args.option("size").orElse("");
        String[] p = s.toLowerCase(Locale.ROOT).split("x");
        if (p.length != 2) throw new Args.UsageException("--size must be WIDTHxHEIGHT, e.g. 1600x1000: " + s);
        int w, h;
        try {
            w = Integer.parseInt(p[0].trim());
            h = Integer.parseInt(p[1].trim());
        } catch (NumberFormatException e) {
            throw new Args.UsageException("--size expects whole numbers, e.g. 1600x1000: " + s);
        }
        if (w < 16 || h < 16 || w > 8000 || h > 8000)
            throw new Args.UsageException("--size must be between 16x16 and 8000x8000: " + s);
        return new PixelSize(w, h);
    }

    /** Gets the day an option gives as {@code YYYY-MM-DD}. */
    static LocalDate day(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Args.UsageException("--" + option + " expects YYYY-MM-DD: " + text);
        }
    }
}
