package nl.motiemonitor.importing;

/** A footnote marker at {@code [start, end)} of the normalised text, and the word it is glued to. */
record Marker(int start, int end, String marker, String anchor) {
}
