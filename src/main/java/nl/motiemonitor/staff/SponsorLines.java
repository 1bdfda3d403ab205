package nl.motiemonitor.staff;

import java.util.ArrayList;
import java.util.List;

import nl.motiemonitor.body.MemberName;

/** Sponsors typed one per line, optionally with their party group: "Jansen (GroenLinks)". */
final class SponsorLines {

    private SponsorLines() {
    }

    static List<MemberName> parse(String lines) {
        List<MemberName> sponsors = new ArrayList<>();
        if (lines == null) {
            return sponsors;
        }
        for (String line : lines.split("\\R")) {
            if (!line.isBlank()) {
                sponsors.add(MemberName.parse(line));
            }
        }
        return sponsors;
    }
}
