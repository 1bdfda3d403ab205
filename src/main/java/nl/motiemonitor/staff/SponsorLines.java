package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sponsors typed one per line, optionally with their party group: "Jansen (GroenLinks)". */
final class SponsorLines {

    private static final Pattern WITH_PARTY = Pattern.compile("^(.+?)\\s*\\((.+)\\)$");

    record Sponsor(String name, String party) {
    }

    private SponsorLines() {
    }

    static List<Sponsor> parse(String lines) {
        List<Sponsor> sponsors = new ArrayList<>();
        if (lines == null) {
            return sponsors;
        }
        for (String line : lines.split("\\R")) {
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher withParty = WITH_PARTY.matcher(entry);
            sponsors.add(withParty.matches() ? new Sponsor(withParty.group(1).strip(), withParty.group(2).strip())
                    : new Sponsor(entry, null));
        }
        return sponsors;
    }
}
