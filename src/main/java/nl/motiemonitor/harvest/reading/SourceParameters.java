package nl.motiemonitor.harvest.reading;

import java.net.URI;
import java.util.Locale;

import nl.motiemonitor.harvest.HarvestSourceException;
import nl.motiemonitor.harvest.SourceSettings;

/** A source's parameters, each checked with a Dutch message that names the parameter and what it should hold. */
public final class SourceParameters {

    /** The parameter that says what a list or module holds: {@code motions} (default) or {@code commitments}. */
    public static final String KIND = "kind";

    /** The parameter with the first year a harvest reads. */
    public static final String FROM = "from";
    private static final int TERM_YEARS = 4;
    private static final int FIRST_YEAR = 1990;

    /** What a list or module of a source holds. */
    public enum ListKind { MOTIONS, COMMITMENTS }

    private SourceParameters() {
    }

    /** The value of a parameter the source cannot be read without. */
    public static String required(SourceSettings settings, String name, String meaning) {
        String value = optional(settings, name);
        if (value == null) {
            throw new HarvestSourceException("De bron " + settings.kind().label() + " mist de instelling '" + name
                    + "' (" + meaning + ").");
        }
        return value;
    }

    /** The value of a parameter, or null when it is not set or blank. */
    public static String optional(SourceSettings settings, String name) {
        String value = settings.parameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number of at least 1, or {@code fallback} when the parameter is not set. */
    public static int positive(SourceSettings settings, String name, int fallback) {
        String value = optional(settings, name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new HarvestSourceException("De instelling '" + name + "' van de bron " + settings.kind().label()
                + " moet een heel getal van 1 of meer zijn, niet '" + value + "'.");
    }

    /**
     * The first year a harvest reads, from the parameter {@value #FROM}: by default four years before
     * {@code thisYear} (one council term), never before {@value #FIRST_YEAR} or after {@code thisYear}.
     */
    public static int firstYear(SourceSettings settings, int thisYear) {
        int from = positive(settings, FROM, thisYear - TERM_YEARS);
        if (from < FIRST_YEAR || from > thisYear) {
            throw new HarvestSourceException("De instelling '" + FROM + "' van de bron " + settings.kind().label()
                    + " is een jaartal van " + FIRST_YEAR + " tot en met " + thisYear + ", niet '" + from + "'.");
        }
        return from;
    }

    /** The source's own base URL, or the public one when none is configured; without a trailing slash. */
    public static String baseUrl(SourceSettings settings, String publicUrl) {
        String url = settings.baseUrl() == null ? publicUrl : settings.baseUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** What the list or module holds, from the parameter {@value #KIND}; motions when it is not set. */
    public static ListKind listKind(SourceSettings settings) {
        String value = optional(settings, KIND);
        if (value == null) {
            return ListKind.MOTIONS;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "motions", "moties" -> ListKind.MOTIONS;
            case "commitments", "toezeggingen" -> ListKind.COMMITMENTS;
            default -> throw new HarvestSourceException("De instelling '" + KIND + "' van de bron "
                    + settings.kind().label() + " is 'motions' of 'commitments', niet '" + value + "'.");
        };
    }

    /** A URL the source wrote, or null when it is not one (a source's typo must not stop the page). */
    public static URI uri(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(text.strip().replace(" ", "%20"));
            return uri.isAbsolute() ? uri : URI.create("https://" + uri);
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
