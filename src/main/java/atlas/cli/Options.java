package atlas.cli;

import atlas.model.EventDate;
import java.time.LocalDate;
import java.util.Locale;

/** Parsing of the option values several commands share ({@code --size}, dates); errors name the option. */
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

    /**
     * Gets the date an option gives as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}, read with the one date
     * parser ({@link EventDate#parse}); a usage error says what is wrong.
     */
    static EventDate date(String option, String text) {
        try {
            return EventDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--" + option + " expects yyyy, yyyy-mm or yyyy-mm-dd: " + e.getMessage());
        }
    }

    /** Gets the first day of the date an option gives (see {@link #date}): {@code 2022-08} is 1 August 2022. */
    static LocalDate day(String option, String text) { return date(option, text).firstDay(); }
}
