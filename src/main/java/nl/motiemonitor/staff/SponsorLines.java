package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.body.MemberName;

/** Sponsors typed one per line, optionally with their party group: "Jansen (GroenLinks)". */
final class SponsorLines {

    private static final Pattern WITH_PARTY = Pattern.compile("^([^()]*[^()\\s])\\s*\\(([^()]+)\\)$");

    private SponsorLines() {
    }

    static List<MemberName> parse(String lines) {
        List<MemberName> sponsors = new ArrayList<>();
        if (lines == null) {
            return sponsors;
        }
        for (String line : lines.split("\\R")) {
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher withParty = WITH_PARTY.matcher(entry);
            sponsors.add(withParty.matches() ? new MemberName(withParty.group(1), withParty.group(2))
                    : new MemberName(entry, null));
        }
        return sponsors;
    }
}
