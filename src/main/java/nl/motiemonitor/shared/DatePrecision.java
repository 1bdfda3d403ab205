package nl.motiemonitor.shared;

/** How much of a date a source states: "9 oktober 2025" (DAY), "medio november 2014" (MONTH) or "2014" (YEAR). */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
