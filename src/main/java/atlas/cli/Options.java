package atlas.cli;

import atlas.i18n.Texts;
import atlas.model.EventDate;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parsing of the option values several commands share ({@code --size}, dates, numbers); errors are
 * {@link Args.UsageException}s naming the option.
 */
final class Options {
    /** A plain decimal number: no NaN, no Infinity, no hexadecimal or {@code 1d}/{@code 1f} forms Java would take. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,18}");

    private Options() {}

    /** Gets a finite decimal number an option gives; NaN, infinities and anything but digits are usage errors. */
    static double number(String option, String text) {
        String t = text.strip();
        if (NUMBER.matcher(t).matches()) {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) return v;
        }
        throw new Args.UsageException(Texts.format("cli.expects-number", "--" + option, text));
    }

    /** Gets a whole number within {@code [min, max]}; {@code label} names it in errors, e.g. "--seed" or "N". */
    static long whole(String label, String text, long min, long max) {
        String t = text.strip();
        if (!WHOLE.matcher(t).matches())
            throw new Args.UsageException(Texts.format("cli.expects-whole", label, text));
        long v = Long.parseLong(t);
        if (v < min || v > max)
            throw new Args.UsageException(Texts.format("cli.whole-range", label, min, max, v));
        return v;
    }

    /** An image size in pixels. */
    record PixelSize(int width, int height) {}

    /**
     * Gets {@code --size WIDTHxHEIGHT} (16..8000 each way), or {@code fallback} when the option is absent. The image
     * written has exactly this size.
     */
    static PixelSize size(Args args, PixelSize fallback) {
        if (!args.has("size")) return fallback;
        String s = args.option("size").orElse("");
        String[] p = s.toLowerCase(Locale.ROOT).split("x", -1);
        if (p.length != 2 || !p[0].strip().matches("\\d{1,5}") || !p[1].strip().matches("\\d{1,5}"))
            throw new Args.UsageException(Texts.format("cli.size.form", s));
        int w = Integer.parseInt(p[0].strip()), h = Integer.parseInt(p[1].strip());
        if (w < 16 || h < 16 || w > 8000 || h > 8000)
            throw new Args.UsageException(Texts.format("cli.size.range", s));
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
            throw new Args.UsageException(Texts.format("cli.date", "--" + option, e.getMessage()));
        }
    }

    /** Gets the first day of the date an option gives (see {@link #date}): {@code 2022-08} is 1 August 2022. */
    static LocalDate day(String option, String text) { return date(option, text).firstDay(); }
}
