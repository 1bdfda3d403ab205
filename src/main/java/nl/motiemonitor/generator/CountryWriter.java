package nl.motiemonitor.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the whole synthetic country as COPY files, one per table, with ids assigned here (the database is empty).
 * Everything comes from the seed: the same options give byte for byte the same files.
 */
final class CountryWriter {

    /** The generated history ends here, not "today", so a seed gives the same data on any day. */
    static final LocalDate END = LocalDate.of(2026, 10, 31);
    static final LocalDate START = LocalDate.of(2015, 1, 1);

    record Body(String kind, String cbsCode, String name, String slug) {
    }

    private static final String[] NATIONAL_PARTIES = {
            "VVD", "D66", "GroenLinks-PvdA", "CDA", "SP", "PVV", "ChristenUnie", "SGP", "Partij voor de Dieren",
            "JA21", "Volt", "BBB", "DENK", "50PLUS", "Nieuw Sociaal Contract", "Forum voor Democratie"};
    private static final String[] LOCAL_PARTY_PATTERNS = {
            "Leefbaar %s", "Lokaal %s", "%s Belang", "Gemeentebelangen %s", "Samen voor %s", "Onafhankelijk %s"};
    private static final String[] FIRST_NAMES = {
            "Anna", "Bram", "Charlotte", "Daan", "Eva", "Fatima", "Gerrit", "Hanneke", "Ibrahim", "Joost", "Karin",
            "Lars", "Marieke", "Niels", "Olga", "Pieter", "Quinten", "Rianne", "Sander", "Tamara", "Umut", "Vera",
            "Willem", "Yasmina", "Zeynep", "Hendrik", "Johanna", "Kees", "Loes", "Mohamed", "Nadia", "Ruud", "Sanne",
            "Thijs", "Wendy", "Femke", "Jeroen", "Inge", "Bart", "Esther"};
    private static final String[] PREFIXES = {"", "", "", "", "van ", "de ", "van der ", "van den ", "ter ", "el "};
    private static final String[] LAST_NAMES = {
            "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
            "Brouwer", "Dijk", "Berg", "Wal", "Vliet", "Kaya", "Yilmaz", "Haddou", "Boer", "Kok", "Jacobs", "Veen",
            "Wijk", "Graaf", "Linden", "Schouten", "Hoekstra", "Postma", "Kuipers", "Verhoeven", "Koster", "Prins",
            "Huisman", "Willems", "Leeuwen", "Maas", "Groot", "Bouma", "Sluiter"};
    private static final String[] COMMITTEES = {
            "Bestuur en Middelen", "Ruimte en Wonen", "Samenleving", "Economie en Duurzaamheid", "Zorg en Welzijn",
            "Mobiliteit", "Veiligheid"};

    final Map<String, CopyFile> files = new LinkedHashMap<>();
    private final GeneratorOptions options;
    private long partyId;
    private long memberId;
    private long motionId;
    private long commitmentId;
    private long letterId;
    private long statusChangeId;

    CountryWriter(GeneratorOptions options, Path directory) {
        this.options = options;
        // in load order: every foreign key points at a table loaded before it
        table(directory, "bodies", "id, slug, name, kind, cbs_code, theme");
        table(directory, "parties", "id, body_id, name, abbreviation");
        table(directory, "members", "id, body_id, name, party_id");
        table(directory, "letters", "id, body_id, sent_on, subject, reference, registration_number, addressee, "
                + "contact_name, department, phone, email, attachment_count, sender, full_text, published");
        table(directory, "letter_signatories", "letter_id, position, name, role");
        table(directory, "motions", "id, body_id, registration_number, title, summary, adopted_on, debate, "
                + "debate_reference, vote_outcome, votes_for, votes_against, due_date, status, published");
        table(directory, "clauses", "motion_id, position, kind, text");
        table(directory, "motion_sponsors", "motion_id, position, member_id");
        table(directory, "commitments", "id, body_id, number, text, made_on, made_in, requested_by_member_id, "
                + "due_date, due_date_text, status, published");
        table(directory, "letter_items", "letter_id, position, motion_id, commitment_id, response");
        table(directory, "status_changes", "id, motion_id, commitment_id, position, from_status, to_status, "
                + "effective_on, recorded_at, recorded_by, reason, letter_id");
    }

    private void table(Path directory, String name, String columns) {
        files.put(name, new CopyFile(directory, name, columns));
    }

    private CopyFile file(String name) {
        return files.get(name);
    }

    static List<Body> allBodies() {
        List<Body> bodies = new ArrayList<>();
        try (InputStream in = CountryWriter.class.getResourceAsStream("/generator/bodies.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(";", -1);
                bodies.add(new Body(parts[0], parts[1].isEmpty() ? null : parts[1], parts[2], parts[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bodies;
    }

    /** The chosen bodies: all of them when asked for as many or more; otherwise a seeded choice, parliament first. */
    static List<Body> chooseBodies(int count, long seed) {
        List<Body> all = allBodies();
        if (count >= all.size()) {
            return all;
        }
        List<Body> rest = new ArrayList<>(all.subList(1, all.size()));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = rest.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Body swap = rest.get(i);
            rest.set(i, rest.get(j));
            rest.set(j, swap);
        }
        List<Body> chosen = new ArrayList<>();
        chosen.add(all.get(0));
        chosen.addAll(rest.subList(0, count - 1));
        return chosen;
    }

    void write() {
        List<Body> bodies = chooseBodies(options.bodies(), options.seed());
        SplittableRandom sizes = new SplittableRandom(options.seed() ^ 0x5eed5eedL);
        double[] weights = new double[bodies.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = switch (bodies.get(i).kind()) {
                case "PARLIAMENT" -> bodies.get(i).slug().equals("tweede-kamer") ? 40 : 4;
                case "PROVINCE" -> 3;
                case "WATER_BOARD" -> 0.6;
                default -> Math.exp(normal(sizes) * 0.7);
            };
        }
        int[] motions = spread(options.motions(), weights);
        int[] commitments = spread(options.commitments(), weights);
        int[] letters = spread(options.letters(), weights);
        for (int i = 0; i < bodies.size(); i++) {
            SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + i);
            writeBody(random, i + 1L, bodies.get(i), motions[i], commitments[i], letters[i], weights[i]);
        }
        files.values().forEach(CopyFile::close);
    }

    private static double normal(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Splits a total over the bodies by weight, exactly: the remainder goes to the first bodies. */
    static int[] spread(int total, double[] weights) {
        double sum = Arrays.stream(weights).sum();
        int[] counts = new int[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            counts[i] = (int) Math.floor(total * weights[i] / sum);
            given += counts[i];
        }
        for (int i = 0; given < total; i = (i + 1) % counts.length) {
            counts[i]++;
            given++;
        }
        return counts;
    }

    private record Member(long id, String name) {
    }

    private void writeBody(SplittableRandom random, long bodyId, Body body, int motionCount, int commitmentCount,
                           int letterBudget, double weight) {
        file("bodies").add(bodyId).add(body.slug()).add(body.name()).add(body.kind()).add(body.cbsCode())
                .add(body.slug().equals("den-haag") ? "denhaag" : "voorbeeld").end();
        String place = placeName(body);
        int seats = switch (body.kind()) {
            case "PARLIAMENT" -> body.slug().equals("tweede-kamer") ? 150 : 75;
            case "PROVINCE" -> 39 + random.nextInt(17);
            case "WATER_BOARD" -> 21 + random.nextInt(11);
            default -> Math.min(45, 13 + 2 * (int) Math.round(weight * 4 + random.nextInt(3)));
        };
        // parties and members
        List<String> partyNames = new ArrayList<>(Arrays.asList(NATIONAL_PARTIES));
        int partyCount = body.kind().equals("PARLIAMENT") ? 15 : 6 + random.nextInt(7);
        List<String> chosenParties = new ArrayList<>();
        if (!body.kind().equals("PARLIAMENT")) {
            chosenParties.add(String.format(DutchText.pick(random, LOCAL_PARTY_PATTERNS), place));
        }
        while (chosenParties.size() < partyCount) {
            chosenParties.add(partyNames.remove(random.nextInt(partyNames.size())));
        }
        long[] partyIds = new long[chosenParties.size()];
        for (int p = 0; p < chosenParties.size(); p++) {
            partyIds[p] = ++partyId;
            String name = chosenParties.get(p);
            file("parties").add(partyIds[p]).add(bodyId).add(name).add(name.length() <= 20 ? name : null).end();
        }
        List<Member> members = new ArrayList<>();
        for (int s = 0; s < seats; s++) {
            // larger parties first: a skewed pick
            int party = (int) Math.min(partyIds.length - 1, Math.floor(Math.pow(random.nextDouble(), 1.8)
                    * partyIds.length));
            String name = personName(random);
            Member member = new Member(++memberId, name);
            members.add(member);
            file("members").add(member.id()).add(bodyId).add(name).add(partyIds[party]).end();
        }

        int[] lettersWritten = {0};
        LetterContext letters = new LetterContext(random, bodyId, body, place, lettersWritten);

        // motions, oldest first
        LocalDate[] dates = sortedDates(random, motionCount);
        for (int n = 0; n < motionCount; n++) {
            writeMotion(random, bodyId, body, seats, members, letters, dates[n], n + 1);
        }
        // commitments
        LocalDate[] madeOn = sortedDates(random, commitmentCount);
        for (int n = 0; n < commitmentCount; n++) {
            writeCommitment(random, bodyId, body, members, letters, madeOn[n], n + 1);
        }
        // general information letters up to the body's share of letters
        while (lettersWritten[0] < letterBudget) {
            LocalDate sentOn = START.plusDays(random.nextLong(ChronoUnit.DAYS.between(START, END) + 1));
            String subject = DutchText.subject(random);
            letters.write(sentOn, "Raadsinformatiebrief over " + DutchText.bare(subject), subject, null, null);
        }
    }

    private static String placeName(Body body) {
        String name = body.name();
        for (String prefix : new String[] {"Gemeente ", "Provincie ", "Waterschap ", "Hoogheemraadschap van ",
                "Hoogheemraadschap ", "Wetterskip "}) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return body.kind().equals("PARLIAMENT") ? "Nederland" : name;
    }

    private static String personName(SplittableRandom random) {
        return DutchText.pick(random, FIRST_NAMES) + " " + DutchText.pick(random, PREFIXES)
                + DutchText.pick(random, LAST_NAMES);
    }

    private static LocalDate[] sortedDates(SplittableRandom random, int count) {
        long days = ChronoUnit.DAYS.between(START, END.minusDays(7));
        LocalDate[] dates = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            dates[i] = START.plusDays(random.nextLong(days + 1));
        }
        Arrays.sort(dates);
        return dates;
    }

    private boolean published(SplittableRandom random) {
        return random.nextInt(100) >= 3;
    }

    private void writeMotion(SplittableRandom random, long bodyId, Body body, int seats, List<Member> members,
                             LetterContext letters, LocalDate adoptedOn, int sequence) {
        long id = ++motionId;
        String number = "M" + adoptedOn.getYear() + "-" + String.format("%04d", sequence);
        String subject = DutchText.subject(random);
        String title = DutchText.title(random, subject);
        int roll = random.nextInt(100);
        String outcome = roll < 55 ? "ADOPTED" : roll < 65 ? "ADOPTED_WITHOUT_VOTE" : roll < 92 ? "REJECTED"
                : roll < 98 ? "WITHDRAWN" : "HELD";
        boolean adopted = outcome.startsWith("ADOPTED");
        Integer votesFor = null;
        Integer votesAgainst = null;
        if (outcome.equals("ADOPTED") || outcome.equals("REJECTED")) {
            int present = seats - random.nextInt(Math.max(1, seats / 8));
            int majority = present / 2 + 1;
            votesFor = outcome.equals("ADOPTED") ? majority + random.nextInt(present - majority + 1)
                    : random.nextInt(majority);
            votesAgainst = present - votesFor;
        }
        LocalDate dueDate = adopted && random.nextInt(10) < 4 ? adoptedOn.plusDays(90 + random.nextInt(630)) : null;
        List<Transition> history = adopted ? lifecycle(random, adoptedOn) : List.of();
        String status = history.isEmpty() ? null : history.get(history.size() - 1).to();
        String summary = random.nextInt(2) == 0 ? null
                : "De indiener vraagt het college " + DutchText.fill(random, DutchText.pick(random, DutchText.REQUESTS),
                        subject) + ".";
        String debate = body.kind().equals("PARLIAMENT") ? "Plenair debat over " + DutchText.bare(subject)
                : (random.nextInt(4) == 0 ? "Begrotingsbehandeling " + (adoptedOn.getYear() + 1)
                        : "Raadsvergadering van " + adoptedOn);
        file("motions").add(id).add(bodyId).add(number).add(title).add(summary).add(adoptedOn).add(debate)
                .add("RV-" + adoptedOn.getYear() + "-" + (1 + random.nextInt(400))).add(outcome).add(votesFor)
                .add(votesAgainst).add(dueDate).add(status).add(published(random)).end();

        int position = 0;
        position = clauses(random, id, position, "NOTING", 1 + random.nextInt(3), subject);
        position = clauses(random, id, position, "CONSIDERING", 1 + random.nextInt(3), subject);
        position = clauses(random, id, position, "OPINION", random.nextInt(3), subject);
        position = clauses(random, id, position, "REQUEST", 1 + random.nextInt(2), subject);
        clauses(random, id, position, "INSTRUCTION", random.nextInt(3), subject);

        int sponsors = 1 + random.nextInt(Math.min(4, members.size()));
        int first = random.nextInt(members.size());
        for (int s = 0; s < sponsors; s++) {
            Member member = members.get((first + s) % members.size());
            file("motion_sponsors").add(id).add(s).add(member.id()).end();
        }
        statusChanges(random, history, id, null, "motie " + number, title, subject, letters);
    }

    private int clauses(SplittableRandom random, long motion, int position, String kind, int count, String subject) {
        for (int c = 0; c < count; c++) {
            file("clauses").add(motion).add(position++).add(kind).add(DutchText.clause(random, kind, subject)).end();
        }
        return position;
    }

    private void writeCommitment(SplittableRandom random, long bodyId, Body body, List<Member> members,
                                 LetterContext letters, LocalDate madeOn, int sequence) {
        long id = ++commitmentId;
        String number = "T" + madeOn.getYear() + "-" + String.format("%04d", sequence);
        String subject = DutchText.subject(random);
        List<Transition> history = lifecycle(random, madeOn);
        String status = history.get(history.size() - 1).to();
        LocalDate dueDate = random.nextInt(2) == 0 ? madeOn.plusDays(30 + random.nextInt(400)) : null;
        String dueText = dueDate == null && random.nextInt(2) == 0 ? "voor " + DutchText.pick(random,
                DutchText.DEADLINES) : null;
        String madeIn = body.kind().equals("PARLIAMENT") ? "Commissiedebat " + DutchText.bare(subject)
                : "Commissie " + DutchText.pick(random, COMMITTEES) + " van " + madeOn;
        Long requestedBy = random.nextInt(3) == 0 ? null : members.get(random.nextInt(members.size())).id();
        file("commitments").add(id).add(bodyId).add(number).add(DutchText.commitment(random, subject)).add(madeOn)
                .add(madeIn).add(requestedBy).add(dueDate).add(dueText).add(status).add(published(random)).end();
        statusChanges(random, history, null, id, "toezegging " + number, "toezegging " + number, subject, letters);
    }

    /** One move of an item's lifecycle, and the response of the letter that caused it (null: no letter). */
    private record Transition(String from, String to, LocalDate on, String response) {
    }

    /** A plausible history: older items have come further, some skip "in progress", a few see discharge refused. */
    private static List<Transition> lifecycle(SplittableRandom random, LocalDate start) {
        List<Transition> moves = new ArrayList<>();
        moves.add(new Transition(null, "OPEN", start, null));
        double maturity = Math.min(1, ChronoUnit.DAYS.between(start, END) / (3 * 365.0));
        double x = random.nextDouble() * 0.6 + maturity * 0.6;
        int stage = x < 0.25 ? 0 : x < 0.55 ? 1 : x < 0.72 ? 2 : 3;
        List<String[]> plan = new ArrayList<>();
        boolean skipProgress = stage >= 2 && random.nextInt(4) == 0;
        if (stage >= 1 && !skipProgress) {
            // in progress after a progress letter, or after the executive took it up without writing
            plan.add(new String[] {"IN_PROGRESS", random.nextInt(20) < 11 ? "PROGRESS_ONLY" : null});
        }
        if (stage >= 2) {
            if (random.nextInt(12) == 0) {
                plan.add(new String[] {"DISCHARGE_PROPOSED", "DISCHARGE_CLAIMED"});
                plan.add(new String[] {"IN_PROGRESS", null});
            }
            plan.add(new String[] {"DISCHARGE_PROPOSED", "DISCHARGE_CLAIMED"});
        }
        if (stage >= 3) {
            plan.add(new String[] {"DISCHARGED", null});
        }
        LocalDate at = start;
        String current = "OPEN";
        for (int i = 0; i < plan.size(); i++) {
            long left = ChronoUnit.DAYS.between(at, END);
            if (left < 2) {
                break;
            }
            long step = 1 + random.nextLong(Math.max(1, left / (plan.size() - i + 1)));
            at = at.plusDays(step);
            moves.add(new Transition(current, plan.get(i)[0], at, plan.get(i)[1]));
            current = plan.get(i)[0];
        }
        return moves;
    }

    private void statusChanges(SplittableRandom random, List<Transition> history, Long motion, Long commitment,
                               String description, String title, String subject, LetterContext letters) {
        for (int position = 0; position < history.size(); position++) {
            Transition move = history.get(position);
            Long letter = null;
            String reason;
            if (move.response() != null) {
                boolean claim = move.response().equals("DISCHARGE_CLAIMED");
                letter = letters.write(move.on(), (claim ? "Afdoening " : "Voortgang ") + description + ": " + title,
                        subject, new long[] {motion == null ? 0 : motion, commitment == null ? 0 : commitment},
                        move.response());
                reason = claim ? "Het college stelt in een brief voor " + description + " als afgedaan te beschouwen."
                        : "Het college meldt in een brief de voortgang van " + description + ".";
            } else if (move.from() == null) {
                reason = motion != null ? "Motie aangenomen." : "Toezegging gedaan.";
            } else if (move.to().equals("IN_PROGRESS") && move.from().equals("OPEN")) {
                reason = "Het college heeft de uitvoering ter hand genomen.";
            } else if (move.to().equals("DISCHARGED")) {
                reason = "De raad heeft de afdoening aanvaard.";
            } else {
                reason = "De raad vindt " + description + " nog niet afgedaan.";
            }
            String recordedAt = move.on().plusDays(random.nextInt(4)) + " " + (9 + random.nextInt(8)) + ":"
                    + String.format("%02d", random.nextInt(60)) + ":00+01";
            file("status_changes").add(++statusChangeId).add(motion).add(commitment).add(position).add(move.from())
                    .add(move.to()).add(move.on()).add(recordedAt).add("Griffie").add(reason).add(letter).end();
        }
    }

    /** Writes the letters of one body: numbered references, a sender by kind of body, signatories, linked items. */
    private final class LetterContext {
        private final SplittableRandom random;
        private final long bodyId;
        private final Body body;
        private final String place;
        private final int[] written;
        private final String domain;

        LetterContext(SplittableRandom random, long bodyId, Body body, String place, int[] written) {
            this.random = random;
            this.bodyId = bodyId;
            this.body = body;
            this.place = place;
            this.written = written;
            this.domain = body.slug() + ".example.nl";
        }

        /** item: {motion id or 0, commitment id or 0}, or null for a letter about no item. */
        long write(LocalDate sentOn, String subjectLine, String subject, long[] item, String response) {
            long id = ++letterId;
            written[0]++;
            String reference = "U" + sentOn.getYear() + "-" + String.format("%06d", written[0]);
            boolean parliament = body.kind().equals("PARLIAMENT");
            String sender = switch (body.kind()) {
                case "PARLIAMENT" -> "De minister van Binnenlandse Zaken en Koninkrijksrelaties";
                case "PROVINCE" -> "Gedeputeerde Staten van " + place;
                case "WATER_BOARD" -> "Het dagelijks bestuur van " + body.name();
                default -> "Het college van burgemeester en wethouders van " + place;
            };
            StringBuilder text = new StringBuilder(1200);
            text.append(parliament ? "Geachte voorzitter," : "Geachte leden van de raad,").append("\n\n");
            text.append(DutchText.pick(random, DutchText.LETTER_OPENINGS)).append(' ').append(subject).append('.');
            int paragraphs = 2 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                text.append("\n\n");
                int sentences = 2 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    if (s > 0) {
                        text.append(' ');
                    }
                    text.append(DutchText.sentence(random, subject));
                }
            }
            if ("DISCHARGE_CLAIMED".equals(response)) {
                text.append("\n\nWij stellen voor deze hiermee als afgedaan te beschouwen.");
            }
            text.append("\n\nMet vriendelijke groet,\n\n").append(sender);
            String contact = personName(random);
            file("letters").add(id).add(bodyId).add(sentOn).add(subjectLine).add(reference).add("Z-" + id)
                    .add(parliament ? "De Voorzitter van de Tweede Kamer der Staten-Generaal" : "De gemeenteraad")
                    .add(contact).add("Afdeling " + DutchText.pick(random, COMMITTEES))
                    .add("14 0" + (10 + random.nextInt(89))).add("info@" + domain).add(random.nextInt(4))
                    .add(sender).add(text.toString()).add(published(random)).end();
            file("letter_signatories").add(id).add(0).add(personName(random))
                    .add(parliament ? "minister" : "burgemeester").end();
            if (!parliament) {
                file("letter_signatories").add(id).add(1).add(personName(random)).add("secretaris").end();
            }
            if (item != null) {
                file("letter_items").add(id).add(0).add(item[0] == 0 ? null : item[0])
                        .add(item[1] == 0 ? null : item[1]).add(response).end();
            }
            return id;
        }
    }
}
