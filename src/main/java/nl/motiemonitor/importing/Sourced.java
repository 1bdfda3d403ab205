package nl.motiemonitor.importing;

/** One recognised fact and the span of the normalised text it was read from. */
public record Sourced<T>(T value, Span source) {

    public static <T> T valueOf(Sourced<T> sourced) {
        return sourced == null ? null : sourced.value();
    }
}
