package atlas.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-visible strings of the application, read from the resource bundles {@code atlas/i18n/messages*.properties}
 * (English is the base bundle; {@code _hy}, {@code _az} and {@code _ru} translate it), and the formatting of dates and
 * numbers for the current {@link Language}. One current language for the process: the window sets it from the
 * user's choice, the command line from {@code --lang}. Thread-safe; a bundle is read the first time its language is
 * used, not before.
 *
 * <p>Placeholders: {@code {0}}, {@code {1}}… are replaced by the arguments as they are ({@code String.valueOf}; a
 * year stays "2022"); {@code {0,number}} formats a number with the language's digit grouping and decimal sign.
 * Unlike {@link java.text.MessageFormat}, apostrophes need no doubling. Plural forms are keys with the suffixes
 * {@code .one}, {@code .few}, {@code .many} and {@code .other} (see {@link #plural}).
 */
public final class Texts {
    /** The base name of the bundles. */
    public static final String BUNDLE = "atlas.i18n.messages";

    private static volatile Language language = Language.EN;
    private static final Map<Language, Map<String, DateTimeFormatter>> FORMATTERS = new EnumMap<>(Language.class);

    private Texts() {}

    /** Gets the current language. */
    public static Language language() { return language; }

    /** Sets the current language of the process (the window's menu, {@code --lang}). */
    public static void setLanguage(Language l) { language = Objects.requireNonNull(l, "language"); }

    /** Gets the current language's locale (for formatting with java.time and java.text). */
    public static java.util.Locale locale() { return language.locale(); }

    /** Gets the bundle of a language: its own keys, English for any it lacks. */
    public static ResourceBundle bundle(Language l) {
        return ResourceBundle.getBundle(BUNDLE, l.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Tests whether the bundles have a text for {@code key}. */
    public static boolean has(String key) { return bundle(language).containsKey(key); }

    /** Gets the text of {@code key} in the current language; the key itself when no bundle has it (a test fails then). */
    public static String get(String key) {
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Gets the text of {@code key} in a given language (data written to files stays in one language: English). */
    public static String get(Language l, String key) {
        try {
            return bundle(l).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Gets the text of {@code key}, or {@code fallback} when no bundle has it (names of things users add). */
    public static String getOrDefault(String key, String fallback) {
        ResourceBundle b = bundle(language);
        return b.containsKey(key) ? b.getString(key) : fallback;
    }

    /** Gets the text of {@code key} with its placeholders replaced by {@code args} (see the class comment). */
    public static String format(String key, Object... args) { return fill(get(key), args); }

    /**
     * Gets the plural form of {@code key} for the count {@code n}: the key with the suffix of the language's plural
     * category ({@code .one}, {@code .few}, {@code .many}; {@code .other} when that form is missing), with
     * {@code {0}} the count in the language's digits and {@code {1}}… the further {@code args}.
     */
    public static String plural(String key, long n, Object... args) {
        ResourceBundle b = bundle(language);
        String k = key + "." + pluralCategory(language, n);
        String pattern = b.containsKey(k) ? b.getString(k) : b.containsKey(key + ".other") ? b.getString(key + ".other") : key;
        Object[] all = new Object[args.length + 1];
        all[0] = number(n);
        System.arraycopy(args, 0, all, 1, args.length);
        return fill(pattern, all);
    }

    /**
     * Gets the CLDR plural category of a whole number in a language: English and Azerbaijani "one" for 1; Armenian
     * "one" for 0 and 1; Russian "one" (1, 21, 101…), "few" (2–4, 22–24…) and "many" (0, 5–20, 25…); "other" else.
     */
    public static String pluralCategory(Language l, long n) {
        long a = Math.abs(n);
        return switch (l) {
            case EN, AZ -> a == 1 ? "one" : "other";
            case HY -> a <= 1 ? "one" : "other";
            case RU -> {
                long m10 = a % 10, m100 = a % 100;
                if (m10 == 1 && m100 != 11) yield "one";
                if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) yield "few";
                yield "many";
            }
        };
    }

    /** Gets a whole number with the language's digit grouping: "1,234,567", "1 234 567", "1.234.567". */
    public static String number(long n) { return NumberFormat.getIntegerInstance(locale()).format(n); }

    /** Gets a number with {@code fractionDigits} decimals and the language's decimal sign: "39.81528", "39,81528". */
    public static String decimal(double v, int fractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(v);
    }

    /** Gets a day, short: "3 Aug 2022", "3 օգս 2022", "3 avq 2022", "3 авг. 2022". */
    public static String date(LocalDate d) { return formatter("format.date.day").format(d); }

    /** Gets a day, in full: "3 August 2022", "3 օգոստոսի 2022 թ.", "3 avqust 2022", "3 августа 2022 г.". */
    public static String dateLong(LocalDate d) { return formatter("format.date.day-long").format(d); }

    /** Gets a day and month without the year: "3 Aug", "3 авг.". */
    public static String dayMonth(LocalDate d) { return formatter("format.date.day-month").format(d); }

    /** Gets a month of a year, short: "Aug 2022", "авг. 2022". */
    public static String monthYear(LocalDate d) { return formatter("format.date.month").format(d); }

    /** Gets a month of a year in full: "August 2022", "август 2022 г.". */
    public static String monthYearLong(LocalDate d) { return formatter("format.date.month-long").format(d); }

    /** Gets a month's short name alone, as an axis label: "Aug", "авг.". */
    public static String month(LocalDate d) { return formatter("format.date.month-short").format(d); }

    /** Gets the formatter of a date pattern key (the pattern itself is in the bundle) for the current language. */
    private static DateTimeFormatter formatter(String key) {
        Language l = language;
        Map<String, DateTimeFormatter> m;
        synchronized (FORMATTERS) {
            m = FORMATTERS.computeIfAbsent(l, x -> new ConcurrentHashMap<>());
        }
        return m.computeIfAbsent(key, k -> DateTimeFormatter.ofPattern(bundle(l).getString(k), l.locale()));
    }

    /**
     * Replaces the placeholders of a pattern: {@code {n}} by {@code String.valueOf(args[n])}, {@code {n,number}} by
     * the number in the current language's digits. A placeholder without an argument stays as it is.
     */
    public static String fill(String pattern, Object... args) {
        if (args.length == 0 || pattern.indexOf('{') < 0) return pattern;
        StringBuilder b = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1) {
                String inner = pattern.substring(i + 1, close);
                boolean asNumber = inner.endsWith(",number");
                String index = asNumber ? inner.substring(0, inner.length() - 7) : inner;
                if (index.chars().allMatch(Character::isDigit)) {
                    int n = Integer.parseInt(index);
                    if (n < args.length) {
                        Object a = args[n];
                        b.append(asNumber && a instanceof Number num ? numberText(num) : String.valueOf(a));
                        i = close + 1;
                        continue;
                    }
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static String numberText(Number n) {
        if (n instanceof Double || n instanceof Float) {
            NumberFormat f = NumberFormat.getNumberInstance(locale());
            f.setMaximumFractionDigits(2);
            return f.format(n.doubleValue());
        }
        return number(n.longValue());
    }
}
