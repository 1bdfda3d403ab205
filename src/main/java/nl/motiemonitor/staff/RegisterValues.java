package nl.motiemonitor.staff;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.motiemonitor.body.MemberName;
import nl.motiemonitor.importing.ReadDocument;
import nl.motiemonitor.motion.VoteOutcome;
import nl.motiemonitor.shared.ItemStatus;

/**
 * The values of a register's cells as councils write them: dates ("14-03-2024", "14 maart 2024", "2024-03-14"),
 * the kind of item ("motie", "toezegging"), status words ("aangenomen", "in behandeling", "afgedaan", "verworpen",
 * …) and sponsors ("Jansen (GroenLinks); De Vries (D66)"). What cannot be read is empty, never a guess.
 */
final class RegisterValues {

    static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][\\d:.]+)?");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})");
    /** Dutch month names, full and short ("maart", "mrt"), from the JDK's own Dutch. */
    private static final Map<String, Integer> MONTHS = months();

    /** A status as a register writes it: a vote outcome, a stage of the lifecycle, or both. */
    record Status(VoteOutcome outcome, ItemStatus status) {

        /** Whether the item is adopted (or a commitment): it has a lifecycle. */
        boolean adopted() {
            return outcome == null || outcome.adopted();
        }
    }

    private static final Status ADOPTED = new Status(null, null);
    private static final Map<String, Status> STATUSES = statuses();

    private RegisterValues() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        for (java.time.Month month : java.time.Month.values()) {
            for (java.time.format.TextStyle style : java.time.format.TextStyle.values()) {
                String name = month.getDisplayName(style, nl.motiemonitor.shared.DutchDates.DUTCH)
                        .toLowerCase(java.util.Locale.ROOT).replace(".", "");
                if (name.length() > 1 && !name.chars().allMatch(Character::isDigit)) {
                    months.put(name, month.getValue());
                }
            }
        }
        months.put("sept", 9);
        months.put("febr", 2);
        return Map.copyOf(months);
    }

    private static Map<String, Status> statuses() {
        Map<String, Status> words = new java.util.HashMap<>();
        put(words, ADOPTED, "aangenomen", "aanvaard");
        put(words, new Status(VoteOutcome.ADOPTED_WITHOUT_VOTE, null), "aangenomen zonder stemming",
                "zonder stemming aangenomen", "hamerstuk");
        put(words, new Status(VoteOutcome.TAKEN_OVER, null), "overgenomen", "overgenomen door het college",
                "overgenomen door college");
        put(words, new Status(VoteOutcome.REJECTED, null), "verworpen");
        put(words, new Status(VoteOutcome.WITHDRAWN, null), "ingetrokken");
        put(words, new Status(VoteOutcome.HELD, null), "aangehouden");
        put(words, new Status(null, ItemStatus.OPEN), "open", "openstaand", "lopend", "nog open", "niet afgedaan",
                "nog niet afgedaan", "nieuw", "toegezegd");
        put(words, new Status(null, ItemStatus.IN_PROGRESS), "in behandeling", "in uitvoering", "loopt",
                "in voorbereiding", "in procedure", "deels afgedaan", "deels voldaan", "gedeeltelijk afgedaan",
                "gedeeltelijk uitgevoerd", "in bewerking", "onderhanden");
        put(words, new Status(null, ItemStatus.DISCHARGE_PROPOSED), "afdoening voorgesteld", "voorstel afdoening",
                "voorstel tot afdoening", "ter afdoening", "voorgesteld af te doen", "afdoeningsvoorstel");
        put(words, new Status(null, ItemStatus.DISCHARGED), "afgedaan", "uitgevoerd", "voldaan", "afgehandeld",
                "gereed", "afgerond", "nagekomen", "afgesloten");
        put(words, new Status(null, ItemStatus.LAPSED), "vervallen", "komen te vervallen");
        return Map.copyOf(words);
    }

    private static void put(Map<String, Status> words, Status status, String... keys) {
        for (String key : keys) {
            words.put(key, status);
        }
    }

    /** The date a cell states, or empty. Two-digit years are this century's. */
    static Optional<LocalDate> date(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher numeric = NUMERIC.matcher(value);
            if (numeric.matches()) {
                int year = Integer.parseInt(numeric.group(3));
                return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1))));
            }
            Matcher words = WORDS.matcher(value);
            if (words.matches() && MONTHS.containsKey(words.group(2))) {
                return Optional.of(LocalDate.of(Integer.parseInt(words.group(3)), MONTHS.get(words.group(2)),
                        Integer.parseInt(words.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String format(LocalDate date) {
        return date == null ? "" : WRITTEN.format(date);
    }

    /** The status a register's word names ("Afgedaan", "in behandeling", "Verworpen"), or empty. */
    static Optional<Status> status(String word) {
        return Optional.ofNullable(STATUSES.get(RegisterField.key(word)));
    }

    /** The most words a status word has ("overgenomen door het college"): a longer cell is a sentence. */
    private static final int STATUS_WORDS = 4;

    /**
     * Whether a cell is a status word the register knows ("Afgedaan", "in behandeling", "Open") rather than prose
     * ("Uitgevoerd met de schoolpleinenaanpak", "De raad wordt in april geïnformeerd").
     */
    static boolean isStatusWord(String cell) {
        String key = RegisterField.key(cell);
        return !key.isEmpty() && key.split(" ").length <= STATUS_WORDS && STATUSES.containsKey(key);
    }

    /** How the export writes a status: the stage of an adopted item, else the vote outcome. */
    static String statusWord(VoteOutcome outcome, ItemStatus status) {
        if (status != null) {
            return status.label();
        }
        return outcome == null ? "" : outcome.label();
    }

    /** The kind a register's word names ("Motie", "toezegging", "M", "TZ"), or empty. */
    static Optional<ReadDocument.ItemKind> kind(String word) {
        return switch (RegisterField.key(word)) {
            case "motie", "moties", "m", "mo", "motie vreemd aan de orde", "motie vreemd" ->
                    Optional.of(ReadDocument.ItemKind.MOTION);
            case "toezegging", "toezeggingen", "t", "tz", "toez" -> Optional.of(ReadDocument.ItemKind.COMMITMENT);
            default -> Optional.empty();
        };
    }

    static String kindWord(ReadDocument.ItemKind kind) {
        return kind == ReadDocument.ItemKind.COMMITMENT ? "Toezegging" : "Motie";
    }

    /** Sponsors separated by ";" or line breaks, each optionally with their party group: "Jansen (GroenLinks)". */
    static List<MemberName> sponsors(String cell) {
        List<MemberName> names = new ArrayList<>();
        if (cell == null) {
            return names;
        }
        for (String entry : cell.split("[;\\n\\r]+")) {
            names.addAll(SponsorLines.parse(entry));
        }
        return names;
    }

    /** Sponsors as the export writes them. */
    static String sponsorsWord(List<MemberName> names) {
        return String.join("; ", names.stream()
                .map(name -> name.party() == null ? name.name() : name.name() + " (" + name.party() + ")").toList());
    }

    /** Whether two lists of sponsors name the same people, in the same order (ignoring case and spaces). */
    static boolean sameSponsors(List<MemberName> one, List<MemberName> other) {
        if (one.size() != other.size()) {
            return false;
        }
        for (int i = 0; i < one.size(); i++) {
            if (!lower(one.get(i).name()).equals(lower(other.get(i).name()))
                    || !lower(one.get(i).party()).equals(lower(other.get(i).party()))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
    }
}
