package atlas.model;

/** How precisely a date is known: to the day, to the month (day ignored, stored as 1) or to the year (stored as 1 Jan). */
public enum DatePrecision { DAY, MONTH, YEAR }
