package nl.motiemonitor.staff;

/**
 * Validation group for rows a clerk types: a row left half-filled is refused ("fill it in, or remove the row").
 * Rows the reader filled in on import are checked without it: a row the clerk emptied there is dropped.
 */
interface CompleteRows {
}
