package nl.motiemonitor.importing;

/** A sentence of body text, where it came from, and the number of its paragraph. */
record Sentence(String text, Span span, int paragraph) {
}
