package atlas.model;

import atlas.i18n.Texts;
import java.util.Locale;

/** How precisely a date is known: to the day, to the month (day ignored, stored as 1) or to the year (stored as 1 Jan). */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** Gets what the precision says of a date, in the interface's language: "" for a day, "month known, not the day". */
    public String note() { return this == DAY ? "" : Texts.get("date-precision." + name().toLowerCase(Locale.ROOT)); }
}
