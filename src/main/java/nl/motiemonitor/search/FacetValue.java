package nl.motiemonitor.search;

/** A value of a facet with the number of results that have it: {@code value} is what goes in the URL. */
public record FacetValue(String value, String label, long count) {
}
