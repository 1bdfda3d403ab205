package nl.motiemonitor.body;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A member as a clerk types or a document names them: "Jansen", optionally with a party group, "GroenLinks". */
public record MemberName(String name, String party) {

    private static final Pattern WITH_PARTY = Pattern.compile("^([^()]*[^()\\s])\\s*\\(([^()]+)\\)$");

    public MemberName {
        name = normalised(name);
        party = normalised(party);
        if (name == null) {
            throw new IllegalArgumentException("Een indiener zonder naam.");
        }
    }

    /**
     * A member as one line names them: "Jansen (GroenLinks)", or "Jansen" without a party.
     *
     * @throws IllegalArgumentException when the line names nobody
     */
    public static MemberName parse(String line) {
        String entry = line == null ? "" : line.strip();
        Matcher withParty = WITH_PARTY.matcher(entry);
        return withParty.matches() ? new MemberName(withParty.group(1), withParty.group(2))
                : new MemberName(entry, null);
    }

    /** "Jansen (GroenLinks)", or "Jansen": as {@link #parse} reads it. */
    public String line() {
        return party == null ? name : name + " (" + party + ")";
    }

    /** Whether a member called {@code other} is this name: the same words, ignoring case and extra spaces. */
    boolean sameName(String other) {
        return key(name).equals(key(other));
    }

    /** Whether a party group with this name or abbreviation is the one named here; any group when none is named. */
    boolean sameParty(String groupName, String abbreviation) {
        return party == null || key(party).equals(key(groupName)) || key(party).equals(key(abbreviation));
    }

    static String key(String text) {
        String normalised = normalised(text);
        return normalised == null ? "" : normalised.toLowerCase(Locale.ROOT);
    }

    private static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = text.strip().replaceAll("\\s+", " ");
        return collapsed.isEmpty() ? null : collapsed;
    }
}
