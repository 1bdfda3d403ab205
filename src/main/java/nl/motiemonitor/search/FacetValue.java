package nl.motiemonitor.search;

/**
 * A value of a facet with the number of results that have it: {@code value} is what goes in the URL; {@code key}, when
 * not null, is the message key of its label in the page's language ({@code label} is then the Dutch one).
 */
public record FacetValue(String value, String label, String key, long count) {

    public FacetValue(String value, String label, long count) {
        this(value, label, null, count);
    }
}
